package org.hireflow.platform.events;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code hireflow.events.incomplete}: events whose after-commit listener has not
 * completed (failed, or still running). A number that stays above zero means a listener
 * keeps failing: {@code GET /api/event-publications} names it.
 */
@Component
class EventPublicationMetrics {

	EventPublicationMetrics(JdbcTemplate jdbc, MeterRegistry registry) {
		Gauge.builder("hireflow.events.incomplete", jdbc, EventPublicationMetrics::incomplete)
			.description("Event publications whose listener has not completed")
			.register(registry);
	}

	private static double incomplete(JdbcTemplate jdbc) {
		Long count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class);
		return count == null ? 0 : count;
	}

}
