package org.hireflow.vacancy.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.vacancy.Competency;
import org.hireflow.vacancy.Question;
import org.hireflow.vacancy.Vacancy;

/** A vacancy notice as the API shows it; dates in the vacancy's own time zone. */
record VacancyView(String reference, String title, String category, String grade, String division, String location,
		int posts, String status, OffsetDateTime publishedAt, OffsetDateTime closingAt, String timeZone,
		LocalDate expectedStartDate, Map<OfficialLanguage, Integer> languageRequirements, String languageRule,
		Degree minDegree, int minYearsExperience, List<Question> questions, List<Competency> competencies,
		Integer assessmentPassMark, Boolean blindScreening, Integer filledPosts) {

	static VacancyView of(Vacancy v) {
		return new VacancyView(v.getReference(), v.getTitle(), v.getCategory().name(), v.getGrade(), v.getDivision(),
				v.getLocation(), v.getPosts(), v.getStatus().name(),
				v.getPublicationAt() == null ? null : v.getPublicationAt().atZone(v.getTimeZone()).toOffsetDateTime(),
				v.getClosingAt().atZone(v.getTimeZone()).toOffsetDateTime(), v.getTimeZone().getId(),
				v.getExpectedStartDate(), v.getLanguageRequirements(), v.getLanguageRule().name(), v.getMinDegree(),
				v.getMinYearsExperience(), v.getQuestions(), v.getCompetencies(), v.getAssessmentPassMark(),
				v.isBlindScreening(), v.getFilledPosts());
	}

}
