package org.hireflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hireflow.testing.Api;
import org.hireflow.testing.DatabaseHeavy;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail can only grow; only an explicit erasure may rewrite personal data in
 * it.
 */
@DatabaseHeavy
@IntegrationTest
class AuditTrailTests {

	@LocalServerPort
	int port;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	long anEvent() {
		var vacancy = Fixtures.publishedVacancy(vacancies, clock);
		String reference = new Api(port)
			.postJson(Fixtures.applicationsPath(vacancy.getReference()), Fixtures.application(Fixtures.uniqueEmail()))
			.json()
			.path("reference")
			.asText();
		return jdbc.queryForObject(
				"select e.id from application_event e join application a on a.id = e.application_id where a.reference = ?",
				Long.class, reference);
	}

	@Test
	void audit_events_cannot_be_updated_or_deleted() {
		long event = anEvent();

		assertThatThrownBy(() -> jdbc.update("update application_event set reason = 'rewritten' where id = ?", event))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from application_event where id = ?", event))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void an_erasure_marked_as_such_may_rewrite_an_event_but_never_delete_it() {
		long event = anEvent();

		transactions.executeWithoutResult(tx -> {
			jdbc.execute("set local hireflow.erasure = 'on'");
			jdbc.update("update application_event set actor = 'erased' where id = ?", event);
		});

		assertThat(jdbc.queryForObject("select actor from application_event where id = ?", String.class, event))
			.isEqualTo("erased");
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			jdbc.execute("set local hireflow.erasure = 'on'");
			jdbc.update("delete from application_event where id = ?", event);
		})).isInstanceOf(DataAccessException.class);
	}

}
