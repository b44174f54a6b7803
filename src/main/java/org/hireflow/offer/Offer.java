package org.hireflow.offer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An offer of appointment. Answered once: a second identical answer changes nothing, a
 * different one is refused.
 */
@Entity
public class Offer {

	public enum Status {

		APPROVED, SENT, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN

	}

	@Id
	private Long applicationId;

	private String grade;

	private int step;

	private LocalDate startDate;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String approvedBy;

	private Instant approvedAt;

	private Instant sentAt;

	private Instant expiresAt;

	private Instant answeredAt;

	@Version
	private long version;

	protected Offer() {
	}

	Offer(Long applicationId, OfferTerms terms, String approvedBy, Instant now) {
		this.applicationId = applicationId;
		this.grade = terms.grade();
		this.step = terms.step();
		this.startDate = terms.startDate();
		this.status = Status.APPROVED;
		this.approvedBy = approvedBy;
		this.approvedAt = now;
	}

	void send(Instant now, Duration validity) {
		if (status != Status.APPROVED) {
			throw conflict("has already been sent");
		}
		this.status = Status.SENT;
		this.sentAt = now;
		this.expiresAt = now.plus(validity);
	}

	/**
	 * @return whether this answer changed the offer (false: the same answer was already
	 * recorded)
	 */
	boolean answer(boolean accepted, Instant now) {
		Status answer = accepted ? Status.ACCEPTED : Status.DECLINED;
		if (status == answer) {
			return false;
		}
		if (status != Status.SENT) {
			throw conflict("is " + status.name().toLowerCase() + " and can no longer be answered");
		}
		if (!now.isBefore(expiresAt)) {
			throw conflict("expired at " + expiresAt);
		}
		this.status = answer;
		this.answeredAt = now;
		return true;
	}

	/** HR moves the start date while the offer stands (not once it has ended). */
	void moveStartDate(LocalDate to) {
		if (status != Status.APPROVED && status != Status.SENT && status != Status.ACCEPTED) {
			throw new OfferEnded("is " + status.name().toLowerCase() + "; its start date can no longer move");
		}
		this.startDate = to;
	}

	void end(Status outcome) {
		if (status == Status.APPROVED || status == Status.SENT || status == Status.ACCEPTED) {
			this.status = outcome;
		}
	}

	private static OfferNotAnswerable conflict(String what) {
		return new OfferNotAnswerable(what);
	}

	public String getGrade() {
		return grade;
	}

	public int getStep() {
		return step;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public Status getStatus() {
		return status;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

}
