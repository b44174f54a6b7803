package org.hireflow.testing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.vacancy.Category;
import org.hireflow.vacancy.Competency;
import org.hireflow.vacancy.LanguageRule;
import org.hireflow.vacancy.Panel;
import org.hireflow.vacancy.Question;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyDraft;
import org.hireflow.vacancy.VacancyService;

/**
 * Valid vacancies and applications to start from; each test changes only what it is
 * about.
 */
public final class Fixtures {

	private Fixtures() {
	}

	public static VacancyDraft vacancyDraft(Clock clock, int posts) {
		ZonedDateTime closing = ZonedDateTime.now(clock)
			.withZoneSameInstant(ZoneId.of("Europe/Brussels"))
			.plusDays(21)
			.truncatedTo(ChronoUnit.MINUTES);
		return new VacancyDraft("Policy Officer", Category.A, "A.2", "Political Affairs", "Brussels, Belgium", posts,
				closing, closing.toLocalDate().plusMonths(3), Degree.MASTER, 2,
				Map.of(OfficialLanguage.EN, 4, OfficialLanguage.FR, 2), LanguageRule.EACH,
				List.of(new Question("motivation", "Why this post?", 2000),
						new Question("example", "Describe a negotiation you led.", 3000)),
				List.of(new Competency("analysis", "Analysis", "1 weak … 5 outstanding"),
						new Competency("teamwork", "Teamwork", "1 weak … 5 outstanding")),
				"henri", List.of("rita"), new Panel(List.of("paul", "petra", "pedro"), "paul"), 60, true);
	}

	/** The fixture vacancy, worked by other staff. */
	public static VacancyDraft vacancyDraft(Clock clock, String recruiter, List<String> panel, String chair) {
		return vacancyDraft(clock, "henri", recruiter, panel, chair);
	}

	/** The fixture vacancy with its own hiring manager too. */
	public static VacancyDraft vacancyDraft(Clock clock, String hiringManager, String recruiter, List<String> panel,
			String chair) {
		VacancyDraft d = vacancyDraft(clock, 1);
		return new VacancyDraft(d.title(), d.category(), d.grade(), d.division(), d.location(), d.posts(),
				d.closingAt(), d.expectedStartDate(), d.minDegree(), d.minYearsExperience(), d.languageRequirements(),
				d.languageRule(), d.questions(), d.competencies(), hiringManager, List.of(recruiter),
				new Panel(panel, chair), d.assessmentPassMark(), true);
	}

	/**
	 * The same notice stating its languages either way round: "level IV in one official
	 * language and level I in the other".
	 */
	public static VacancyDraft eitherWay(VacancyDraft d) {
		return new VacancyDraft(d.title(), d.category(), d.grade(), d.division(), d.location(), d.posts(),
				d.closingAt(), d.expectedStartDate(), d.minDegree(), d.minYearsExperience(),
				Map.of(OfficialLanguage.EN, 4, OfficialLanguage.FR, 1), LanguageRule.EITHER_WAY, d.questions(),
				d.competencies(), d.hiringManager(), d.recruiters(), d.panel(), d.assessmentPassMark(),
				d.blindScreening());
	}

	public static Vacancy publishedVacancy(VacancyService vacancies, Clock clock) {
		Vacancy vacancy = vacancies.draft(vacancyDraft(clock, 1), "test");
		return vacancies.publish(vacancy.getId(), "test");
	}

	public static String uniqueEmail() {
		return "candidate-" + UUID.randomUUID() + "@example.org";
	}

	/**
	 * A valid, eligible application as JSON-ready maps, for the fixture vacancy's
	 * questions.
	 */
	public static Map<String, Object> application(String email) {
		Map<String, Object> application = new LinkedHashMap<>();
		application.put("email", email);
		application.put("givenName", "Amélie");
		application.put("familyName", "Durand");
		application.put("dateOfBirth", "1990-05-17");
		application.put("nationalities", new ArrayList<>(List.of("FR", "CA")));
		application.put("appliedNationality", "FR");
		application.put("languages",
				new ArrayList<>(List.of(Map.of("language", "en", "level", 5), Map.of("language", "fr", "level", 5))));
		application.put("highestDegree", "MASTER");
		application.put("yearsOfExperience", 8);
		application.put("correspondenceLanguage", "fr");
		application.put("declarations", new LinkedHashMap<>(
				Map.of("militaryServiceObligationsMet", true, "closelyRelatedToStaffMember", false)));
		application.put("answers",
				new ArrayList<>(
						List.of(Map.of("questionCode", "motivation", "text", "I care about collective defence."),
								Map.of("questionCode", "example", "text", "I led the 2019 customs negotiation."))));
		return application;
	}

	/**
	 * A valid request to draft a vacancy (the staff API's JSON), closing in 30 days, with
	 * the questions {@link #application} answers and the demo staff (henri, rita, panel
	 * paul/petra/pedro chaired by paul).
	 */
	public static Map<String, Object> vacancyRequest(Clock clock, int posts) {
		LocalDateTime closing = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Brussels")))
			.plusDays(30)
			.withHour(23)
			.withMinute(59)
			.truncatedTo(ChronoUnit.MINUTES);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Data Scientist");
		body.put("category", "A");
		body.put("grade", "A.3");
		body.put("division", "Defence Investment");
		body.put("location", "The Hague, Netherlands");
		body.put("posts", posts);
		body.put("closingAt", closing.toString());
		body.put("timeZone", "Europe/Brussels");
		body.put("expectedStartDate", closing.toLocalDate().plusMonths(3).toString());
		body.put("languageRequirements", Map.of("EN", 5, "FR", 2));
		body.put("minDegree", "MASTER");
		body.put("minYearsExperience", 5);
		body.put("questions", List.of(Map.of("code", "motivation", "text", "Why?", "maxLength", 2000),
				Map.of("code", "example", "text", "Tell us about an incident.", "maxLength", 3000)));
		body.put("competencies", List.of(Map.of("code", "analysis", "name", "Analysis", "rubric", "1..5")));
		body.put("hiringManager", "henri");
		body.put("recruiters", List.of("rita"));
		body.put("panel", Map.of("members", List.of("paul", "petra", "pedro"), "chair", "paul"));
		return body;
	}

	public static String applicationsPath(String vacancyReference) {
		return "/api/public/vacancies/" + vacancyReference + "/applications";
	}

}
