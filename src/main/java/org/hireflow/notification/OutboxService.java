package org.hireflow.notification;

import java.time.Clock;

import org.hireflow.platform.domain.NotFound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operators see of the outbox, and the one thing they do with it: retry what failed.
 */
@Service
public class OutboxService {

	private final Outbox outbox;

	private final Clock clock;

	OutboxService(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<OutboxMessage> byStatus(OutboxMessage.Status status, Pageable pageable) {
		return outbox.findByStatus(status, pageable);
	}

	@Transactional
	public OutboxMessage retry(long id) {
		OutboxMessage message = outbox.findById(id).orElseThrow(() -> new NotFound("Message", String.valueOf(id)));
		message.retry(clock.instant());
		return message;
	}

}
