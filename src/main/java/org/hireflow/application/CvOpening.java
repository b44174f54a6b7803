package org.hireflow.application;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member of staff opened a candidate's CV: who, from which task, when. Never changed.
 */
@Entity
@Table(name = "application_cv_opening")
public class CvOpening {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private String openedBy;

	private String taskKey;

	private Instant openedAt;

	protected CvOpening() {
	}

	CvOpening(Long applicationId, String openedBy, String taskKey, Instant openedAt) {
		this.applicationId = applicationId;
		this.openedBy = openedBy;
		this.taskKey = taskKey;
		this.openedAt = openedAt;
	}

	public String getOpenedBy() {
		return openedBy;
	}

	public String getTaskKey() {
		return taskKey;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

}
