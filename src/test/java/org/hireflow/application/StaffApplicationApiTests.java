package org.hireflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff search applications and read one with its whole story. */
@IntegrationTest
class StaffApplicationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	Api api;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		TestUsers.ensure(identity, "hana", Roles.GROUP_HR);
		TestUsers.ensure(identity, "paula", Roles.GROUP_PANEL);
		vacancy = Fixtures.publishedVacancy(vacancies, clock);
	}

	@Test
	void applications_are_searched_by_vacancy_and_status_page_by_page() {
		for (int i = 0; i < 3; i++) {
			api.postJson(Fixtures.applicationsPath(vacancy.getReference()),
					Fixtures.application(Fixtures.uniqueEmail()));
		}

		var page = api.as("hana")
			.get("/api/applications?vacancy=" + vacancy.getReference() + "&status=SUBMITTED&size=2&page=1");

		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.json().path("page").path("totalElements").asLong()).isEqualTo(3);
		assertThat(page.json().path("content")).hasSize(1);
		assertThat(page.json().path("content").path(0).path("vacancy").asText()).as("the reference the filter takes")
			.isEqualTo(vacancy.getReference());
		assertThat(page.json().path("content").path(0).has("vacancyId")).as("never a database id").isFalse();
		assertThat(page.text()).doesNotContain("Durand").doesNotContain("@example.org");
	}

	@Test
	void one_application_shows_what_was_submitted_and_its_history() {
		String reference = api
			.postJson(Fixtures.applicationsPath(vacancy.getReference()), Fixtures.application(Fixtures.uniqueEmail()))
			.json()
			.path("reference")
			.asText();

		var details = api.as("hana").get("/api/applications/" + reference);

		assertThat(details.status()).isEqualTo(200);
		assertThat(details.json().path("profile").path("familyName").asText()).isEqualTo("Durand");
		assertThat(details.json().path("history").get(0).path("to").asText()).isEqualTo("SUBMITTED");
		assertThat(details.json().path("candidate").has("id")).as("references, never database ids").isFalse();
		assertThat(details.json().path("history").get(0).path("actor").asText()).isEqualTo("candidate");
	}

	@Test
	void panel_members_do_not_browse_applications_and_unknown_references_are_404() {
		assertThat(api.as("paula").get("/api/applications").status()).isEqualTo(403);
		assertThat(api.as("hana").get("/api/applications/AP-1999-000001").status()).isEqualTo(404);
	}

}
