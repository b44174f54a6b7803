package org.hireflow.vacancy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;

/**
 * What staff state when they draft a vacancy notice; validated at the web boundary and by
 * the service.
 */
public record VacancyDraft(String title, Category category, String grade, String division, String location, int posts,
		ZonedDateTime closingAt, LocalDate expectedStartDate, Degree minDegree, int minYearsExperience,
		Map<OfficialLanguage, Integer> languageRequirements, LanguageRule languageRule, List<Question> questions,
		List<Competency> competencies, String hiringManager, List<String> recruiters, Panel panel,
		int assessmentPassMark, boolean blindScreening) {

	public Requirements requirements() {
		return new Requirements(category, expectedStartDate, languageRequirements, languageRule, minDegree,
				minYearsExperience);
	}

}
