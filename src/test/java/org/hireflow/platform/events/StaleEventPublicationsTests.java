package org.hireflow.platform.events;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestInfrastructure.BrokenListener;
import org.hireflow.vacancy.VacancyService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that died before its after-commit work leaves the publication to the others:
 * every node resubmits what has been incomplete for a while, without an operator.
 */
@IntegrationTest
class StaleEventPublicationsTests {

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
	StaleEventPublications stale;

	@AfterEach
	void mend() {
		broken.mend();
	}

	@Test
	void a_publication_left_incomplete_is_resubmitted_by_the_nodes_own_schedule() {
		broken.breakDown();
		var vacancy = Fixtures.publishedVacancy(vacancies, clock);
		var application = Fixtures.application(Fixtures.uniqueEmail());
		application.put("familyName", "Unlucky"); // the name the broken listener fails on
		var receipt = new Api(port).postJson(Fixtures.applicationsPath(vacancy.getReference()), application);
		assertThat(receipt.status()).isEqualTo(201);
		assertThat(incompleteOf("BrokenListener")).isPositive();
		broken.mend();

		stale.resubmitOlderThan(Duration.ZERO);

		assertThat(incompleteOf("BrokenListener")).isZero();
	}

	private int incompleteOf(String listener) {
		return jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null and listener_id like ?",
				Integer.class, "%" + listener + "%");
	}

}
