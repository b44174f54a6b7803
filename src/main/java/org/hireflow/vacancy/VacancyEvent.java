package org.hireflow.vacancy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One line of a vacancy's audit trail: approvals, publication, extensions, closing,
 * filling, cancellation.
 */
@Entity
public class VacancyEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long vacancyId;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String detail;

	protected VacancyEvent() {
	}

	VacancyEvent(Long vacancyId, Instant occurredAt, String actor, String action, String detail) {
		this.vacancyId = vacancyId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.detail = detail;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getDetail() {
		return detail;
	}

}
