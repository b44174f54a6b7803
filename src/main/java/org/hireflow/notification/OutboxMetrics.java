package org.hireflow.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog as metrics ({@code hireflow.outbox.messages}, tagged
 * {@code status=pending|failed}, and {@code hireflow.outbox.oldest.age}, the seconds the
 * oldest pending message has waited). An SMTP outage shows here, not in the health check:
 * the service keeps taking applications while mail waits.
 */
@Component
class OutboxMetrics {

	OutboxMetrics(Outbox outbox, java.time.Clock clock, MeterRegistry registry) {
		Gauge
			.builder("hireflow.outbox.oldest.age", outbox,
					o -> o.findFirstByStatusOrderByCreatedAtAsc(OutboxMessage.Status.PENDING)
						.map(message -> (double) java.time.Duration.between(message.getCreatedAt(), clock.instant())
							.toSeconds())
						.orElse(0.0))
			.baseUnit("seconds")
			.description("Age of the oldest message waiting to be sent (0 when none waits)")
			.register(registry);
		for (OutboxMessage.Status status : new OutboxMessage.Status[] { OutboxMessage.Status.PENDING,
				OutboxMessage.Status.FAILED }) {
			Gauge.builder("hireflow.outbox.messages", outbox, o -> o.countByStatus(status))
				.tag("status", status.name().toLowerCase())
				.description("Outbox messages waiting to be sent (pending) or given up (failed)")
				.register(registry);
		}
	}

}
