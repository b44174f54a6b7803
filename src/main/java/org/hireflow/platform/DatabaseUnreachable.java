package org.hireflow.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hireflow.platform.text.Messages;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure is the database being out of reach (stopped, restarting, the pool's
 * bounded wait for a connection over): a 503 the caller may retry, not a 500 of ours.
 * Told by the cause chain, as the engine and Hibernate wrap what the pool or the driver
 * threw.
 */
public final class DatabaseUnreachable {

	/** The seconds a caller is asked to wait (Retry-After). */
	public static final int RETRY_AFTER_SECONDS = 30;

	/** What a caller is told, wherever the 503 is written, in their language. */
	public static String detail() {
		return Messages.text("problem.service-unavailable.detail",
				"The service cannot reach its database at the moment; nothing was stored. Try again shortly.");
	}

	private DatabaseUnreachable() {
	}

	/**
	 * A connection exception (SQLSTATE class 08), the server shutting down under a
	 * statement (57P), or HikariCP's "Connection is closed" when the rollback after such
	 * a cut found the connection gone (the transaction was not committed).
	 */
	private static boolean lostConnection(SQLException sql) {
		String state = sql.getSQLState();
		if (state != null) {
			return state.startsWith("08") || state.startsWith("57P");
		}
		return "Connection is closed".equals(sql.getMessage());
	}

	public static boolean is(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && lostConnection(sql)) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
