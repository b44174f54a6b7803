package org.hireflow.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * The result of the written test and/or recorded video interview, against the vacancy's
 * pass mark.
 */
@Entity
public class Assessment {

	public enum Kind {

		WRITTEN_TEST, VIDEO_INTERVIEW, BOTH

	}

	@Id
	private Long applicationId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private int score;

	private int passMark;

	private boolean passed;

	private String recordedBy;

	private Instant recordedAt;

	protected Assessment() {
	}

	Assessment(Long applicationId, Kind kind, int score, int passMark, String recordedBy, Instant recordedAt) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.score = score;
		this.passMark = passMark;
		this.passed = score >= passMark;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Kind getKind() {
		return kind;
	}

	public int getScore() {
		return score;
	}

	public int getPassMark() {
		return passMark;
	}

	public boolean isPassed() {
		return passed;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
