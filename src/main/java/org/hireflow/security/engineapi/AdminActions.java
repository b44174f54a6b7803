package org.hireflow.security.engineapi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail of what administrators change through the engine APIs (Cockpit, Admin,
 * engine REST): who, which call, its answer, when. Reads (GET, queries and counts) are
 * not recorded; everything else is, since an unknown call is a change until shown
 * otherwise. The table is append-only (a trigger refuses UPDATE and DELETE).
 */
@Component
public class AdminActions {

	/**
	 * Collections whose POST is a query (Camunda's "POST /task" = query with a body), not
	 * a change.
	 */
	private static final Set<String> QUERY_COLLECTIONS = Set.of("task", "process-instance", "execution",
			"variable-instance", "job", "external-task", "case-instance", "case-execution", "decision-definition",
			"process-definition");

	private static final Set<String> QUERY_SUFFIXES = Set.of("count", "list", "singleResult");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public AdminActions(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** True when the call may change something and is therefore recorded. */
	public static boolean isChange(EngineApiCall call) {
		if (call.safe()) {
			return false;
		}
		if (!call.method().equals("POST") || call.segments().isEmpty()) {
			return true;
		}
		String last = call.segments().get(call.segments().size() - 1);
		boolean historyQuery = call.segment(0).equals("history") && call.segments().size() == 2;
		boolean collectionQuery = call.segments().size() == 1 && QUERY_COLLECTIONS.contains(last);
		return !(QUERY_SUFFIXES.contains(last) || historyQuery || collectionQuery);
	}

	public void record(String actor, EngineApiCall call, int status) {
		jdbc.update(
				"insert into admin_action (occurred_at, actor, api, method, path, status) values (?, ?, ?, ?, ?, ?)",
				Timestamp.from(clock.instant()), actor, call.api().name(), call.method(), truncate(call.path()),
				status);
	}

	/** One recorded change. */
	public record AdminAction(long id, Instant occurredAt, String actor, String api, String method, String path,
			int status) {
	}

	/** Newest first. */
	public List<AdminAction> recent(int page, int size) {
		return jdbc.query("""
				select id, occurred_at, actor, api, method, path, status from admin_action
				order by id desc limit ? offset ?""",
				(row, n) -> new AdminAction(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
						row.getString("actor"), row.getString("api"), row.getString("method"), row.getString("path"),
						row.getInt("status")),
				size, (long) page * size);
	}

	private static String truncate(String path) {
		return path.length() > 1000 ? path.substring(0, 1000) : path;
	}

}
