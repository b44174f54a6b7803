package org.hireflow.application.web;

import java.sql.SQLException;

/**
 * Whether a database refusal was a unique constraint (SQLSTATE 23505) — a race, not bad
 * data.
 */
final class UniqueViolations {

	private static final String UNIQUE_VIOLATION = "23505";

	private UniqueViolations() {
	}

	static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
