package org.hireflow.screening;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A recruiter's screening of one application. */
@Entity
public class Screening {

	public enum Outcome {

		SHORTLISTED, REJECTED

	}

	@Id
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String reason;

	private String screenedBy;

	private Instant screenedAt;

	protected Screening() {
	}

	Screening(Long applicationId, Outcome outcome, String reason, String screenedBy, Instant screenedAt) {
		this.applicationId = applicationId;
		this.outcome = outcome;
		this.reason = reason;
		this.screenedBy = screenedBy;
		this.screenedAt = screenedAt;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public String getReason() {
		return reason;
	}

	public String getScreenedBy() {
		return screenedBy;
	}

	public Instant getScreenedAt() {
		return screenedAt;
	}

}
