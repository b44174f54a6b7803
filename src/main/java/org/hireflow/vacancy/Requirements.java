package org.hireflow.vacancy;

import java.time.LocalDate;
import java.util.Map;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;

/** What a competition requires of its candidates, as its notice states it. */
public record Requirements(Category category, LocalDate expectedStartDate,
		Map<OfficialLanguage, Integer> languageLevels, LanguageRule languageRule, Degree minDegree,
		int minYearsExperience) {

	public Requirements {
		languageLevels = Map.copyOf(languageLevels);
	}

	/**
	 * The higher of the levels the notice states (either way round: the level in one
	 * language); 0 without any.
	 */
	public int higherLanguageLevel() {
		return languageLevels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	/**
	 * The lower of the levels (either way round: in the other language); 0 when only one
	 * language has a level.
	 */
	public int lowerLanguageLevel() {
		return languageLevels.size() < OfficialLanguage.values().length ? 0
				: languageLevels.values().stream().mapToInt(Integer::intValue).min().orElse(0);
	}

}
