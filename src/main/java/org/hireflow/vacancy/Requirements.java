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

}
