package org.hireflow.interview;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * HR's answer when declared conflicts leave one candidate's panel short or without a
 * chair: a substitute member, a chair for this candidate, or both. Append-only.
 */
@Entity
@Table(name = "panel_appointment")
public class PanelAppointment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long applicationId;

	/** The substitute member, or null when HR only named a chair among the panel. */
	private String member;

	/** The chair for this candidate, or null when the chair stays. */
	private String chair;

	private String appointedBy;

	private Instant appointedAt;

	protected PanelAppointment() {
	}

	PanelAppointment(Long applicationId, String member, String chair, String appointedBy, Instant appointedAt) {
		this.applicationId = applicationId;
		this.member = member;
		this.chair = chair;
		this.appointedBy = appointedBy;
		this.appointedAt = appointedAt;
	}

	public String getMember() {
		return member;
	}

	public String getChair() {
		return chair;
	}

	public String getAppointedBy() {
		return appointedBy;
	}

	public Instant getAppointedAt() {
		return appointedAt;
	}

}
