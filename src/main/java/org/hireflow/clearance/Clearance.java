package org.hireflow.clearance;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** One clearance of a selected candidate, as HR records it. */
@Entity
@IdClass(Clearance.Key.class)
public class Clearance {

	public enum Kind {

		SECURITY, MEDICAL

	}

	public record Key(Long applicationId, Kind kind) implements Serializable {

		public Key() {
			this(null, null);
		}

	}

	@Id
	private Long applicationId;

	@Id
	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String outcome;

	private String reason;

	private String recordedBy;

	private Instant recordedAt;

	protected Clearance() {
	}

	Clearance(Long applicationId, Kind kind, boolean cleared, String reason, String recordedBy, Instant recordedAt) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.outcome = cleared ? "CLEARED" : "FAILED";
		this.reason = reason;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Kind getKind() {
		return kind;
	}

	public boolean isCleared() {
		return "CLEARED".equals(outcome);
	}

	public String getReason() {
		return reason;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
