package org.hireflow.application;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of an application's audit trail: who moved it where, when, with which outcome
 * and why. Append-only; the database refuses updates and deletes (except an explicit GDPR
 * erasure).
 */
@Entity
public class ApplicationEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private Instant occurredAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus toStatus;

	private String outcome;

	private String reason;

	protected ApplicationEvent() {
	}

	ApplicationEvent(Long applicationId, Instant occurredAt, String actor, ApplicationStatus fromStatus,
			ApplicationStatus toStatus, String outcome, String reason) {
		this.applicationId = applicationId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.outcome = outcome;
		this.reason = reason;
	}

	/**
	 * Something recorded about the application that did not change its status (a panel
	 * member's declaration): from and to are the same status.
	 */
	public boolean isNote() {
		return fromStatus != null && fromStatus == toStatus;
	}

	public Long getId() {
		return id;
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public ApplicationStatus getFromStatus() {
		return fromStatus;
	}

	public ApplicationStatus getToStatus() {
		return toStatus;
	}

	public String getOutcome() {
		return outcome;
	}

	public String getReason() {
		return reason;
	}

}
