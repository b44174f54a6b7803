package org.hireflow.notification.web;

import java.time.Instant;

import org.hireflow.notification.OutboxMessage;
import org.hireflow.notification.OutboxService;
import org.hireflow.platform.web.PageParams;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Emails that could not be sent after every attempt: visible and retryable, never
 * dropped.
 */
@RestController
@RequestMapping("/api/outbox")
@Validated
@Tag(name = "Operations: outbox")
@SecurityRequirement(name = "basic")
class OutboxController {

	record MessageView(long id, String kind, String recipient, String subject, String status, int attempts,
			String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String messageId) {

		static MessageView of(OutboxMessage m) {
			return new MessageView(m.getId(), m.getKind(), m.getRecipient(), m.getSubject(), m.getStatus().name(),
					m.getAttempts(), m.getLastError(), m.getCreatedAt(), m.getNextAttemptAt(), m.getSentAt(),
					m.getMessageId());
		}

	}

	private final OutboxService outbox;

	OutboxController(OutboxService outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	@Operation(operationId = "listOutboxMessages",
			summary = "Messages by status (FAILED: given up after every attempt; PENDING; SENT)")
	PagedModel<MessageView> list(@RequestParam(defaultValue = "FAILED") OutboxMessage.Status status,
			@Valid @ParameterObject PageParams paging) {
		return new PagedModel<>(
				outbox.byStatus(status, paging.sortedBy(Sort.by("id").descending())).map(MessageView::of));
	}

	@PostMapping("/{id}/retry")
	@Operation(operationId = "retryOutboxMessage", summary = "Send a failed message again (same Message-ID)")
	MessageView retry(@PathVariable long id) {
		return MessageView.of(outbox.retry(id));
	}

}
