package org.hireflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestInfrastructure.BrokenListener;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What happens after a change commits — the emails — runs from the event publication
 * registry: a listener that fails loses nothing (the application is stored, the other
 * listeners ran) and stays as an incomplete publication until an operator resubmits it.
 */
@IntegrationTest
class AfterCommitTests {

	@LocalServerPort
	int port;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BrokenListener broken;

	@Autowired
	IdentityService identity;

	@AfterEach
	void mend() {
		broken.mend();
	}

	@Test
	void a_failing_listener_loses_no_application_and_waits_as_an_incomplete_publication_for_resubmission() {
		broken.breakDown();
		TestUsers.ensure(identity, "acAdmin", Roles.GROUP_ADMIN);
		var vacancy = Fixtures.publishedVacancy(vacancies, clock);
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("familyName", "Unlucky");

		var receipt = new Api(port).postJson(Fixtures.applicationsPath(vacancy.getReference()), body);

		assertThat(receipt.status()).isEqualTo(201);
		String reference = receipt.json().path("reference").asText();
		assertThat(
				jdbc.queryForObject("select count(*) from application where reference = ?", Integer.class, reference))
			.isOne();
		assertThat(jdbc.queryForObject("""
				select count(*) from outbox_message m join application a on m.application_id = a.id
				where a.reference = ? and m.kind = 'received'""", Integer.class, reference))
			.as("the acknowledgement was still queued")
			.isOne();
		var incomplete = new Api(port).as("acAdmin").get("/api/event-publications");
		assertThat(incomplete.json().findValuesAsText("listener")).anyMatch(id -> id.contains("BrokenListener"));
		assertThat(incomplete.text()).doesNotContain("Unlucky").as("never the event's content");

		broken.mend();
		var resubmitted = new Api(port).as("acAdmin").postJson("/api/event-publications/resubmission", "");

		assertThat(resubmitted.status()).isEqualTo(200);
		assertThat(new Api(port).as("acAdmin").get("/api/event-publications").json().findValuesAsText("listener"))
			.noneMatch(id -> id.contains("BrokenListener"));
	}

}
