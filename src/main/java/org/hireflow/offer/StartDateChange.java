package org.hireflow.offer;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One move of an offer's start date: from, to, why, by whom, when. Append-only. */
@Entity
@Table(name = "offer_start_date_change")
public class StartDateChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	private LocalDate fromDate;

	private LocalDate toDate;

	private String reason;

	private String changedBy;

	private Instant changedAt;

	protected StartDateChange() {
	}

	StartDateChange(Long applicationId, LocalDate fromDate, LocalDate toDate, String reason, String changedBy,
			Instant changedAt) {
		this.applicationId = applicationId;
		this.fromDate = fromDate;
		this.toDate = toDate;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public LocalDate getFromDate() {
		return fromDate;
	}

	public LocalDate getToDate() {
		return toDate;
	}

	public String getReason() {
		return reason;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
