package org.hireflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job anonymises what has been kept long enough — an application ended and
 * its vacancy closed more than the retention period ago — leaves everything younger or
 * still running alone, reports its progress, and finds nothing left to do when run again.
 */
@IntegrationTest
class RetentionTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void applications_kept_longer_than_the_retention_period_are_anonymised_once_and_nothing_younger_is()
			throws Exception {
		TestUsers.ensure(identity, "hedda", Roles.GROUP_HR);
		Vacancy vacancy = pipeline.openVacancy(1);
		String old = pipeline.apply(vacancy, profile -> profile.familyName = "Oldfield");
		pipeline.screen(old, false);
		String recent = pipeline.apply(vacancy, profile -> profile.familyName = "Newcombe");
		pipeline.screen(recent, false);
		String running = pipeline.apply(vacancy, profile -> profile.familyName = "Stillhere");
		assertThat(pipeline.status(old)).isEqualTo(ApplicationStatus.REJECTED);
		// the vacancy closed, and the first application ended, 30 months ago
		Instant longAgo = Instant.now().minus(Duration.ofDays(913));
		transactions.executeWithoutResult(status -> {
			jdbc.queryForObject("select set_config('hireflow.erasure', 'on', true)", String.class);
			jdbc.update("update vacancy set closing_at = ? where id = ?", java.sql.Timestamp.from(longAgo),
					vacancy.getId());
			jdbc.update("""
					update application_event set occurred_at = ? where application_id =
					  (select id from application where reference = ?)""", java.sql.Timestamp.from(longAgo), old);
		});

		JsonNode run = runRetention();

		assertThat(run.path("status").asText()).isEqualTo("FINISHED");
		assertThat(run.path("anonymised").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(run.path("failed").asInt()).isZero();
		assertThat(erased(old)).isTrue();
		assertThat(erased(recent)).as("ended, but not long enough ago").isFalse();
		assertThat(erased(running)).as("still in the competition").isFalse();
		assertThat(jdbc.queryForObject(
				"""
						select c.family_name from candidate c join application a on a.candidate_id = c.id where a.reference = ?""",
				String.class, old))
			.isEqualTo("[erased]");
		assertThat(jdbc.queryForObject("select reason from erasure_record where application_reference = ?",
				String.class, old))
			.isEqualTo("RETENTION");

		JsonNode again = runRetention();
		assertThat(again.path("due").asInt()).as("a second run has nothing of these left to do").isZero();
		assertThat(new Api(port).as("hedda").get("/api/retention/runs").json().get(0).path("id").asLong())
			.isEqualTo(again.path("id").asLong());
	}

	private boolean erased(String reference) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select erased_at is not null from application where reference = ?", Boolean.class, reference));
	}

	private JsonNode runRetention() throws InterruptedException {
		Api hr = new Api(port).as("hedda");
		Api.Response started = hr.postJson("/api/retention/runs", "");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String location = started.header("Location");
		for (int poll = 0; poll < 100; poll++) {
			JsonNode run = hr.get(location).json();
			if (run.path("status").asText().equals("FINISHED")) {
				return run;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the retention run did not finish in 20 s: " + hr.get(location).text());
	}

}
