package org.hireflow.decision;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * The appointing authority's decision on one candidate, with the panel's aggregate score
 * at that time.
 */
@Entity
public class Decision {

	public enum Outcome {

		SELECT, RESERVE, REJECT

	}

	@Id
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String reason;

	private BigDecimal aggregateScore;

	private String decidedBy;

	private Instant decidedAt;

	protected Decision() {
	}

	Decision(Long applicationId, Outcome outcome, String reason, BigDecimal aggregateScore, String decidedBy,
			Instant decidedAt) {
		this.applicationId = applicationId;
		this.outcome = outcome;
		this.reason = reason;
		this.aggregateScore = aggregateScore;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public String getReason() {
		return reason;
	}

	public BigDecimal getAggregateScore() {
		return aggregateScore;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
