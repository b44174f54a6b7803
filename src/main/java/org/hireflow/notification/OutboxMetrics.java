package org.hireflow.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The outbox backlog as metrics ({@code hireflow.outbox.messages}, tagged
 * {@code status=pending|failed}). An SMTP outage shows here, not in the health check: the
 * service keeps taking applications while mail waits.
 */
@Component
class OutboxMetrics {

	OutboxMetrics(Outbox outbox, MeterRegistry registry) {
		for (OutboxMessage.Status status : new OutboxMessage.Status[] { OutboxMessage.Status.PENDING,
				OutboxMessage.Status.FAILED }) {
			Gauge.builder("hireflow.outbox.messages", outbox, o -> o.countByStatus(status))
				.tag("status", status.name().toLowerCase())
				.description("Outbox messages waiting to be sent (pending) or given up (failed)")
				.register(registry);
		}
	}

}
