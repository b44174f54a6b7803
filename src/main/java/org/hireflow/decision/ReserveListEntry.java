package org.hireflow.decision;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A candidate's place on a vacancy's reserve list. */
@Entity
public class ReserveListEntry {

	public enum Status {

		WAITING, OFFERED, EXPIRED, REMOVED

	}

	@Id
	private Long applicationId;

	private Long vacancyId;

	private BigDecimal aggregateScore;

	private Integer rankOverride;

	private String overrideReason;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant placedAt;

	private Instant expiresAt;

	@Version
	private long version;

	protected ReserveListEntry() {
	}

	ReserveListEntry(Long applicationId, Long vacancyId, BigDecimal aggregateScore, Instant placedAt,
			Instant expiresAt) {
		this.applicationId = applicationId;
		this.vacancyId = vacancyId;
		this.aggregateScore = aggregateScore;
		this.status = Status.WAITING;
		this.placedAt = placedAt;
		this.expiresAt = expiresAt;
	}

	void offered() {
		this.status = Status.OFFERED;
	}

	void expired() {
		if (status == Status.WAITING) {
			this.status = Status.EXPIRED;
		}
	}

	void removed() {
		if (status == Status.WAITING) {
			this.status = Status.REMOVED;
		}
	}

	void rank(int position, String reason) {
		this.rankOverride = position;
		if (reason != null) {
			this.overrideReason = reason;
		}
	}

	public boolean isWaiting() {
		return status == Status.WAITING;
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public Long getVacancyId() {
		return vacancyId;
	}

	public BigDecimal getAggregateScore() {
		return aggregateScore;
	}

	public Integer getRankOverride() {
		return rankOverride;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getPlacedAt() {
		return placedAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

}
