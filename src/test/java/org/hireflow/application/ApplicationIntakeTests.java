package org.hireflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.Api;
import org.hireflow.testing.DatabaseHeavy;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A candidate applies over HTTP; intake stores everything or nothing and starts the
 * process.
 */
@DatabaseHeavy
@IntegrationTest
class ApplicationIntakeTests {

	@LocalServerPort
	int port;

	@Autowired
	VacancyService vacancyService;

	@Autowired
	Applications applications;

	@Autowired
	Candidates candidates;

	@Autowired
	ApplicationEvents events;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		vacancy = Fixtures.publishedVacancy(vacancyService, clock);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void a_submitted_application_stores_candidate_application_audit_event_and_starts_its_process() {
		String email = Fixtures.uniqueEmail();

		var response = api.postJson(Fixtures.applicationsPath(vacancy.getReference()), Fixtures.application(email));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		String reference = response.json().path("reference").asText();
		assertThat(reference).matches("AP-\\d{4}-\\d{6}");
		assertThat(response.header("Location")).isEqualTo("/api/applications/" + reference);

		Application application = applications.findByReference(reference).orElseThrow();
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(application.getCandidate().getEmail()).isEqualTo(email);
		assertThat(application.getProfile().appliedNationality()).isEqualTo("FR");
		assertThat(application.getAnswers()).extracting(Answer::questionCode).containsExactly("motivation", "example");

		assertThat(events.findByApplicationIdOrderByOccurredAtAscIdAsc(application.getId()))
			.extracting(ApplicationEvent::getToStatus, ApplicationEvent::getActor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ApplicationStatus.SUBMITTED, "candidate"));

		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.singleResult();
		assertThat(instance).isNotNull();
		assertThat(instance.getId()).isEqualTo(application.getProcessInstanceId());
		assertThat(runtime.getVariables(instance.getId())).containsOnlyKeys(ProcessIds.VAR_APPLICATION_ID,
				ProcessIds.VAR_VACANCY_ID, ProcessIds.VAR_VACANCY_TITLE);
	}

	@Test
	void an_email_differing_only_in_case_and_spaces_is_the_same_candidate_and_their_profile_is_not_overwritten() {
		String email = Fixtures.uniqueEmail();
		Vacancy other = Fixtures.publishedVacancy(vacancyService, clock);
		api.postJson(Fixtures.applicationsPath(vacancy.getReference()), Fixtures.application(email));

		Map<String, Object> second = Fixtures.application("  " + email.toUpperCase() + " ");
		second.put("familyName", "Durand-Martin");
		var response = api.postJson(Fixtures.applicationsPath(other.getReference()), second);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		Application secondApplication = applications.findByReference(response.json().path("reference").asText())
			.orElseThrow();
		Candidate candidate = candidates.findByEmail(email).orElseThrow();
		assertThat(secondApplication.getCandidate().getId()).isEqualTo(candidate.getId());
		assertThat(candidate.getFamilyName()).isEqualTo("Durand");
		assertThat(secondApplication.getProfile().familyName()).isEqualTo("Durand-Martin");
	}

	@Test
	void a_second_application_to_the_same_vacancy_is_refused_with_409() {
		String email = Fixtures.uniqueEmail();
		api.postJson(Fixtures.applicationsPath(vacancy.getReference()), Fixtures.application(email));

		var response = api.postJson(Fixtures.applicationsPath(vacancy.getReference()), Fixtures.application(email));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.problemType()).isEqualTo("already-applied");
		assertThat(response.json().path("detail").asText()).isEqualTo("There is already an application from " + email
				+ " to vacancy " + vacancy.getReference() + ". One application per vacancy is accepted.");
		assertThat(api.header("Accept-Language", "fr")
			.postJson(Fixtures.applicationsPath(vacancy.getReference()), Fixtures.application(email))
			.json()
			.path("detail")
			.asText())
			.isEqualTo("Une candidature de " + email + " à l’avis de vacance " + vacancy.getReference()
					+ " existe déjà. Une seule candidature par avis de vacance est acceptée.");
		assertThat(applicationCount()).isEqualTo(1);
	}

	@Test
	void a_dual_national_applying_under_the_non_member_nationality_is_told_at_the_door_which_one_to_choose() {
		Map<String, Object> application = Fixtures.application(Fixtures.uniqueEmail());
		application.put("nationalities", List.of("IE", "FR"));
		application.put("appliedNationality", "IE");

		var english = api.postJson(Fixtures.applicationsPath(vacancy.getReference()), application);
		var french = api.header("Accept-Language", "fr")
			.postJson(Fixtures.applicationsPath(vacancy.getReference()), application);

		assertThat(english.status()).as(english.toString()).isEqualTo(400);
		assertThat(english.json().path("errors").path(0).path("field").asText()).isEqualTo("appliedNationality");
		assertThat(english.json().path("errors").path(0).path("message").asText())
			.isEqualTo("Ireland (IE) is not a member state. You also hold the nationality of France (FR), a member "
					+ "state: choose FR as the nationality you apply under.");
		assertThat(french.json().path("detail").asText()).startsWith("Irlande (IE) n’est pas un État membre.")
			.contains("France (FR) : choisissez FR");
		assertThat(applicationCount()).isZero();
	}

	@Test
	void a_candidate_holding_no_member_state_nationality_is_taken_for_the_eligibility_decision_to_refuse() {
		Map<String, Object> application = Fixtures.application(Fixtures.uniqueEmail());
		application.put("nationalities", List.of("IE", "CH"));
		application.put("appliedNationality", "IE");

		var response = api.postJson(Fixtures.applicationsPath(vacancy.getReference()), application);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	@Test
	void a_retry_with_the_same_idempotency_key_returns_the_first_result_and_stores_nothing_new() {
		var body = Fixtures.application(Fixtures.uniqueEmail());
		Api withKey = api.header("Idempotency-Key", "retry-" + java.util.UUID.randomUUID());

		var first = withKey.postJson(Fixtures.applicationsPath(vacancy.getReference()), body);
		var retry = withKey.postJson(Fixtures.applicationsPath(vacancy.getReference()), body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().path("reference").asText()).isEqualTo(first.json().path("reference").asText());
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(applicationCount()).isEqualTo(1);
	}

	@Test
	void an_idempotency_key_reused_for_a_different_submission_is_refused() {
		Api withKey = api.header("Idempotency-Key", "reuse-" + java.util.UUID.randomUUID());
		withKey.postJson(Fixtures.applicationsPath(vacancy.getReference()),
				Fixtures.application(Fixtures.uniqueEmail()));

		var response = withKey.postJson(Fixtures.applicationsPath(vacancy.getReference()),
				Fixtures.application(Fixtures.uniqueEmail()));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.problemType()).isEqualTo("idempotency-key-reused");
		assertThat(applicationCount()).isEqualTo(1);
	}

	@Test
	void applications_are_refused_from_the_closing_instant_on_without_waiting_for_any_job() {
		clock.advance(Duration.between(clock.instant(), vacancy.getClosingAt()));

		var response = api.postJson(Fixtures.applicationsPath(vacancy.getReference()),
				Fixtures.application(Fixtures.uniqueEmail()));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.problemType()).isEqualTo("applications-closed");
		java.time.ZonedDateTime closed = vacancy.getClosingAt().atZone(vacancy.getTimeZone());
		assertThat(response.json().path("detail").asText())
			.isEqualTo("Vacancy " + vacancy.getReference() + " stopped taking applications on "
					+ closed.format(java.time.format.DateTimeFormatter
						.ofLocalizedDateTime(java.time.format.FormatStyle.LONG, java.time.format.FormatStyle.SHORT)
						.withLocale(java.util.Locale.ENGLISH))
					+ " (Europe/Brussels): its closing date has passed.");
		var enFrancais = api.header("Accept-Language", "fr")
			.postJson(Fixtures.applicationsPath(vacancy.getReference()), Fixtures.application(Fixtures.uniqueEmail()));
		assertThat(enFrancais.json().path("detail").asText())
			.startsWith("L’avis de vacance " + vacancy.getReference() + " ne reçoit plus de candidatures depuis le "
					+ closed.getDayOfMonth() + " ")
			.endsWith("(Europe/Brussels) : sa date de clôture est passée.");
		assertThat(applicationCount()).isZero();
	}

	@Test
	void an_application_for_an_unknown_vacancy_is_a_404_problem() {
		var response = api.postJson(Fixtures.applicationsPath("VN-1999-9999"),
				Fixtures.application(Fixtures.uniqueEmail()));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void a_pdf_cv_is_stored_with_the_application() {
		byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();

		var response = api.postMultipart(Fixtures.applicationsPath(vacancy.getReference()), "application",
				Fixtures.application(Fixtures.uniqueEmail()), "cv", "../../etc/My CV.pdf", "application/pdf", pdf);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		long applicationId = applications.findByReference(response.json().path("reference").asText())
			.orElseThrow()
			.getId();
		assertThat(jdbc.queryForMap("select file_name, size_bytes from application_cv where application_id = ?",
				applicationId))
			.containsEntry("file_name", "My CV.pdf")
			.containsEntry("size_bytes", pdf.length);
	}

	long applicationCount() {
		return jdbc.queryForObject("select count(*) from application where vacancy_id = ?", Long.class,
				vacancy.getId());
	}

}
