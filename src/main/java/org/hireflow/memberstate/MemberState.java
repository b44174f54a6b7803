package org.hireflow.memberstate;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member state: its ISO 3166-1 alpha-2 code, the day it joined, whether its nationals
 * are under-represented on the staff (a flag the reports show), who last said so.
 */
@Entity
@Table(name = "member_state")
public class MemberState {

	@Id
	private String code;

	private LocalDate joinedOn;

	private String changedBy;

	private Instant changedAt;

	private boolean underRepresented;

	protected MemberState() {
	}

	MemberState(String code, LocalDate joinedOn, String changedBy, Instant changedAt) {
		this.code = code;
		this.joinedOn = joinedOn;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	/** A member on {@code day}: it had joined by then. */
	boolean memberOn(LocalDate day) {
		return !joinedOn.isAfter(day);
	}

	void rejoined(LocalDate day, String actor, Instant now) {
		this.joinedOn = day;
		this.changedBy = actor;
		this.changedAt = now;
	}

	void flagged(boolean underRepresented, String actor, Instant now) {
		this.underRepresented = underRepresented;
		this.changedBy = actor;
		this.changedAt = now;
	}

	public String getCode() {
		return code;
	}

	public LocalDate getJoinedOn() {
		return joinedOn;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public boolean isUnderRepresented() {
		return underRepresented;
	}

}
