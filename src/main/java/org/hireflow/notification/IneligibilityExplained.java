package org.hireflow.notification;

import java.time.Period;
import java.util.Locale;

import org.hireflow.application.CandidateProfile;
import org.hireflow.platform.domain.IsoCodes;
import org.hireflow.platform.domain.LanguageLevel;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.vacancy.Requirements;

/**
 * The data an eligibility refusal states, beside the rule: what the notice requires and
 * what the candidate said, in the candidate's language. Every {@code mail.rule.*}
 * sentence takes the same arguments, and uses the ones its rule is about:
 * <ol start="0">
 * <li>the higher and (1) the lower language level of a notice stated either way
 * round;</li>
 * <li value="2">the country of the nationality applied under;</li>
 * <li>the age on (4) the expected start date;</li>
 * <li value="5">English stated and (6) required, (7) French stated and (8) required;</li>
 * <li value="9">the highest degree and (10) the one required;</li>
 * <li value="11">years of experience and (12) those required;</li>
 * <li value="13">the category of the post.</li>
 * </ol>
 */
final class IneligibilityExplained {

	private IneligibilityExplained() {
	}

	static Object[] arguments(CandidateProfile said, Requirements notice, Locale locale, MailComposer texts) {
		return new Object[] { level(notice.higherLanguageLevel(), locale, texts),
				level(notice.lowerLanguageLevel(), locale, texts),
				IsoCodes.countryName(said.appliedNationality(), locale),
				String.valueOf(Period.between(said.dateOfBirth(), notice.expectedStartDate()).getYears()),
				Formats.date(notice.expectedStartDate(), locale), level(said.languageLevel("en"), locale, texts),
				level(required(notice, OfficialLanguage.EN), locale, texts),
				level(said.languageLevel("fr"), locale, texts),
				level(required(notice, OfficialLanguage.FR), locale, texts),
				texts.message("degree." + said.highestDegree().name(), locale),
				texts.message("degree." + notice.minDegree().name(), locale), String.valueOf(said.yearsOfExperience()),
				String.valueOf(notice.minYearsExperience()), notice.category().name() };
	}

	private static int required(Requirements notice, OfficialLanguage language) {
		return notice.languageLevels().getOrDefault(language, 0);
	}

	/** "IV", or the bundle's word for none. */
	private static String level(int level, Locale locale, MailComposer texts) {
		return level == 0 ? texts.message("level.none", locale) : LanguageLevel.roman(level);
	}

}
