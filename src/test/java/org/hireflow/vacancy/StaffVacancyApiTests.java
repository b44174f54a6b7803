package org.hireflow.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff draft and find vacancy notices; candidates see only published ones. */
@IntegrationTest
class StaffVacancyApiTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	TestClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		TestUsers.ensure(identity, "henri", Roles.GROUP_HIRING_MANAGERS);
		TestUsers.ensure(identity, "rita", Roles.GROUP_RECRUITERS);
	}

	Map<String, Object> vacancy() {
		return Fixtures.vacancyRequest(clock, 2);
	}

	@Test
	void a_hiring_manager_drafts_a_vacancy_that_candidates_cannot_see_yet() {
		var created = api.as("henri").postJson("/api/vacancies", vacancy());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String reference = created.json().path("reference").asText();
		assertThat(reference).matches("VN-\\d{4}-\\d{4}");
		assertThat(created.json().path("status").asText()).isEqualTo("DRAFT");
		assertThat(created.json().path("closingAt").asText()).endsWith("+01:00");
		assertThat(api.get("/api/public/vacancies/" + reference).status()).isEqualTo(404);
		assertThat(api.as("rita").get("/api/vacancies/" + reference).json().path("title").asText())
			.isEqualTo("Data Scientist");
	}

	@Test
	void a_recruiter_may_not_draft_vacancies() {
		var response = api.as("rita").postJson("/api/vacancies", vacancy());

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.problemType()).isEqualTo("forbidden");
	}

	@Test
	void anonymous_callers_may_not_use_the_staff_api() {
		assertThat(api.get("/api/vacancies").status()).isEqualTo(401);
		assertThat(api.postJson("/api/vacancies", vacancy()).status()).isEqualTo(401);
	}

	@Test
	void a_closing_date_in_the_past_an_unknown_zone_and_a_grade_of_another_category_are_refused() {
		Map<String, Object> past = vacancy();
		past.put("closingAt", "2020-01-01T12:00");
		Map<String, Object> zone = vacancy();
		zone.put("timeZone", "Mars/Olympus_Mons");
		Map<String, Object> grade = vacancy();
		grade.put("grade", "B.3");

		assertThat(api.as("henri").postJson("/api/vacancies", past).text()).contains("closingAt");
		assertThat(api.as("henri").postJson("/api/vacancies", zone).text()).contains("timeZone");
		assertThat(api.as("henri").postJson("/api/vacancies", grade).text()).contains("category");
		assertThat(api.as("henri").postJson("/api/vacancies", grade).status()).isEqualTo(400);
	}

	@Test
	void a_notice_states_its_languages_each_at_its_level_or_either_way_round_with_a_level_for_each() {
		Map<String, Object> eitherWay = vacancy();
		eitherWay.put("languageRule", "EITHER_WAY");
		eitherWay.put("languageRequirements", Map.of("EN", 4));
		var oneLevel = api.as("henri").postJson("/api/vacancies", eitherWay);
		eitherWay.put("languageRequirements", Map.of("EN", 4, "FR", 1));
		var bothLevels = api.as("henri").postJson("/api/vacancies", eitherWay);
		var byDefault = api.as("henri").postJson("/api/vacancies", vacancy());

		assertThat(oneLevel.status()).as(oneLevel.toString()).isEqualTo(400);
		assertThat(oneLevel.json().path("detail").asText()).contains("gives a level for each official language");
		assertThat(bothLevels.status()).as(bothLevels.toString()).isEqualTo(201);
		assertThat(bothLevels.json().path("languageRule").asText()).isEqualTo("EITHER_WAY");
		assertThat(byDefault.json().path("languageRule").asText()).isEqualTo("EACH");
	}

	@Test
	void out_of_range_fields_are_listed() {
		Map<String, Object> body = vacancy();
		body.put("posts", 0);
		body.put("languageRequirements", Map.of("EN", 7));
		body.put("title", "x".repeat(201));

		var response = api.as("henri").postJson("/api/vacancies", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").findValuesAsText("field")).contains("posts", "title");
		assertThat(response.text()).contains("languageRequirements");
	}

	@Test
	void a_panel_of_fewer_than_three_or_without_its_chair_is_refused() {
		Map<String, Object> small = vacancy();
		small.put("panel", Map.of("members", List.of("paul", "petra"), "chair", "paul"));
		Map<String, Object> chairless = vacancy();
		chairless.put("panel", Map.of("members", List.of("paul", "petra", "pedro"), "chair", "olga"));

		assertThat(api.as("henri").postJson("/api/vacancies", small).text()).contains("at least 3 members");
		assertThat(api.as("henri").postJson("/api/vacancies", chairless).text()).contains("chair must be one of");
	}

	@Test
	void vacancies_are_listed_page_by_page_and_filtered_by_status() {
		api.as("henri").postJson("/api/vacancies", vacancy());
		api.as("henri").postJson("/api/vacancies", vacancy());

		var page = api.as("rita").get("/api/vacancies?status=DRAFT&size=1&page=0");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().path("content")).hasSize(1);
		assertThat(page.json().path("page").path("totalElements").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(page.json().path("content").findValuesAsText("status")).containsOnly("DRAFT");
		assertThat(api.as("rita").get("/api/vacancies?size=1000").status()).isEqualTo(400);
		assertThat(api.as("rita").get("/api/vacancies?status=NONSENSE").status()).isEqualTo(400);
	}

}
