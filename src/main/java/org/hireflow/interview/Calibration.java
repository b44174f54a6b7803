package org.hireflow.interview;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Raised when two panel members differ by 2 points or more on a criterion: the chair must
 * justify before deciding.
 */
@Entity
public class Calibration {

	@Id
	private Long applicationId;

	private String divergentCriteria;

	private String justification;

	private String justifiedBy;

	private Instant justifiedAt;

	protected Calibration() {
	}

	Calibration(Long applicationId, List<String> divergentCriteria) {
		this.applicationId = applicationId;
		this.divergentCriteria = String.join(",", divergentCriteria);
	}

	void justify(String justification, String chair, Instant now) {
		this.justification = justification;
		this.justifiedBy = chair;
		this.justifiedAt = now;
	}

	public List<String> getDivergentCriteria() {
		return Arrays.asList(divergentCriteria.split(","));
	}

	public boolean isJustified() {
		return justification != null;
	}

	public String getJustification() {
		return justification;
	}

	public String getJustifiedBy() {
		return justifiedBy;
	}

	public Instant getJustifiedAt() {
		return justifiedAt;
	}

}
