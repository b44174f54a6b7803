package org.hireflow.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Events whose after-commit listener failed (an email that could not be composed, say):
 * listed without their content (it holds personal facts) and resubmitted by an
 * administrator once the cause is fixed.
 */
@RestController
@RequestMapping("/api/event-publications")
@Tag(name = "Operations: event publications")
@SecurityRequirement(name = "basic")
class EventPublicationController {

	record Incomplete(String id, String listener, String eventType, Instant publishedAt) {
	}

	record Resubmitted(int resubmitted) {
	}

	private final JdbcTemplate jdbc;

	private final IncompleteEventPublications incomplete;

	EventPublicationController(JdbcTemplate jdbc, IncompleteEventPublications incomplete) {
		this.jdbc = jdbc;
		this.incomplete = incomplete;
	}

	@GetMapping
	@Operation(operationId = "listIncompleteEventPublications",
			summary = "Incomplete event publications, oldest first (listener and event type, never the content)")
	List<Incomplete> list() {
		return jdbc.query("""
				select id, listener_id, event_type, publication_date from event_publication
				where completion_date is null order by publication_date limit 500""",
				(row, n) -> new Incomplete(row.getString("id"), row.getString("listener_id"),
						row.getString("event_type"), row.getTimestamp("publication_date").toInstant()));
	}

	@PostMapping("/resubmission")
	@Operation(operationId = "resubmitEventPublications",
			summary = "Run the listeners of incomplete publications older than the given seconds again")
	Resubmitted resubmit(@RequestParam(defaultValue = "0") long olderThanSeconds) {
		int before = count();
		incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofSeconds(olderThanSeconds));
		return new Resubmitted(before - count());
	}

	private int count() {
		Integer count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Integer.class);
		return count == null ? 0 : count;
	}

}
