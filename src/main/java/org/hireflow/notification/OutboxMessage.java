package org.hireflow.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An email waiting to be sent, sent, or given up on. Its idempotency key makes the same
 * intent enqueue once; its Message-ID is fixed at enqueue time, so even a resend after a
 * crash carries the same id.
 */
@Entity
public class OutboxMessage {

	public enum Status {

		PENDING, SENT, FAILED

	}

	private static final Duration MAX_BACKOFF = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String idempotencyKey;

	private String messageId;

	private String kind;

	private Long applicationId;

	private String recipient;

	private String recipientName;

	private String language;

	private String subject;

	private String textBody;

	private String htmlBody;

	private String calendar;

	private String calendarMethod;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	protected OutboxMessage() {
	}

	OutboxMessage(String idempotencyKey, String messageId, Long applicationId, Mail mail, Instant now) {
		this.idempotencyKey = idempotencyKey;
		this.messageId = messageId;
		this.kind = mail.kind();
		this.applicationId = applicationId;
		this.recipient = mail.recipient();
		this.recipientName = mail.recipientName();
		this.language = mail.language();
		this.subject = mail.subject();
		this.textBody = mail.text();
		this.htmlBody = mail.html();
		this.calendar = mail.calendar();
		this.calendarMethod = mail.calendarMethod();
		this.status = Status.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	void sent(Instant now) {
		this.status = Status.SENT;
		this.sentAt = now;
		this.attempts++;
		this.lastError = null;
	}

	/**
	 * Backs off exponentially; after the last attempt the message is failed until an
	 * operator retries it.
	 */
	void attemptFailed(String error, Instant now, Duration firstBackoff, int maxAttempts) {
		this.attempts++;
		this.lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
		if (attempts >= maxAttempts) {
			this.status = Status.FAILED;
			return;
		}
		Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
		this.nextAttemptAt = now.plus(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff);
	}

	void retry(Instant now) {
		if (status == Status.FAILED) {
			this.status = Status.PENDING;
			this.attempts = 0;
			this.nextAttemptAt = now;
		}
	}

	Mail mail() {
		return new Mail(kind, recipient, recipientName, language, subject, textBody, htmlBody, calendar,
				calendarMethod);
	}

	public Long getId() {
		return id;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public String getMessageId() {
		return messageId;
	}

	public String getKind() {
		return kind;
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
