package org.hireflow.platform;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as "the database is out of reach" (a 503), and what stays our error. */
class DatabaseUnreachableTests {

	@Test
	void the_pool_timing_out_is_the_database_out_of_reach() {
		assertThat(DatabaseUnreachable.is(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
			.isTrue();
	}

	@Test
	void the_server_shutting_down_under_a_statement_is_the_database_out_of_reach() {
		assertThat(DatabaseUnreachable.is(new JpaSystemException(new RuntimeException("could not execute statement",
				new SQLException("FATAL: terminating connection due to administrator command", "57P01")))))
			.isTrue();
	}

	@Test
	void a_rollback_that_found_the_connection_cut_is_the_database_out_of_reach() {
		assertThat(DatabaseUnreachable
			.is(new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed")))))
			.isTrue();
	}

	@Test
	void a_constraint_violation_or_a_bug_is_not() {
		assertThat(DatabaseUnreachable.is(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseUnreachable.is(new IllegalStateException("a bug"))).isFalse();
	}

}
