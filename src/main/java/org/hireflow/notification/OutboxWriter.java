package org.hireflow.notification;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Puts composed mail into the outbox, inside the caller's transaction. The same
 * idempotency key never enqueues twice, so a retried step or a second node repeating a
 * notification leaves one message.
 */
@Component
class OutboxWriter {

	private final Outbox outbox;

	private final MailSettings settings;

	private final Clock clock;

	OutboxWriter(Outbox outbox, MailSettings settings, Clock clock) {
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	void enqueue(String idempotencyKey, Long applicationId, Mail mail) {
		if (outbox.existsByIdempotencyKey(idempotencyKey)) {
			return;
		}
		String messageId = "<" + UUID.randomUUID() + "@" + settings.domain() + ">";
		outbox.save(new OutboxMessage(idempotencyKey, messageId, applicationId, mail, clock.instant()));
	}

}
