package org.hireflow.interview;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hireflow.vacancy.Panel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * One application's panel interview. Its calendar identity (uid) stays the same through
 * every change, and the sequence grows with each, so invitations, updates and
 * cancellations agree. Changeable until it starts.
 */
@Entity
public class Interview {

	public enum Status {

		SCHEDULED, CANCELLED, HELD

	}

	@Id
	private Long applicationId;

	private String uid;

	private int sequence;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant startsAt;

	private int durationMinutes;

	private String timeZone;

	private String location;

	private String videoLink;

	private String scheduledBy;

	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "interview_panel_member", joinColumns = @JoinColumn(name = "application_id"))
	private Set<PanelSeat> panel = new HashSet<>();

	@Version
	private long version;

	protected Interview() {
	}

	Interview(Long applicationId, String uid) {
		this.applicationId = applicationId;
		this.uid = uid;
		this.status = Status.CANCELLED;
		this.sequence = -1;
	}

	/** Schedules (or schedules again after a cancellation) with the given panel. */
	void schedule(Slot slot, Panel panel, String actor, Instant now) {
		if (status == Status.SCHEDULED || status == Status.HELD) {
			throw conflict("is already " + status.name().toLowerCase());
		}
		set(slot, actor, now);
		this.panel.clear();
		panel.members().forEach(member -> this.panel.add(new PanelSeat(member, member.equals(panel.chair()))));
		this.status = Status.SCHEDULED;
	}

	void reschedule(Slot slot, String actor, Instant now) {
		requireChangeable(now);
		set(slot, actor, now);
	}

	void cancel(String actor, Instant now) {
		requireChangeable(now);
		this.status = Status.CANCELLED;
		this.sequence++;
		this.scheduledBy = actor;
		this.updatedAt = now;
	}

	void held() {
		if (status == Status.SCHEDULED) {
			this.status = Status.HELD;
		}
	}

	private void set(Slot slot, String actor, Instant now) {
		this.startsAt = slot.startsAt().toInstant();
		this.timeZone = slot.zone().getId();
		this.durationMinutes = slot.durationMinutes();
		this.location = blankToNull(slot.location());
		this.videoLink = blankToNull(slot.videoLink());
		this.scheduledBy = actor;
		this.updatedAt = now;
		this.sequence++;
	}

	private void requireChangeable(Instant now) {
		if (status != Status.SCHEDULED) {
			throw conflict("is " + status.name().toLowerCase() + " and can no longer be changed");
		}
		if (!now.isBefore(startsAt)) {
			throw conflict("has started and can no longer be changed");
		}
	}

	private static InterviewNotChangeable conflict(String what) {
		return new InterviewNotChangeable(what);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** What the invitations carry. */
	public InterviewFacts facts() {
		return new InterviewFacts(uid, sequence, new Slot(getStartsAt(), durationMinutes, location, videoLink),
				getPanelMembers());
	}

	public boolean seats(String userId) {
		return panel.stream().anyMatch(seat -> seat.userId().equals(userId));
	}

	public Long getApplicationId() {
		return applicationId;
	}

	public String getUid() {
		return uid;
	}

	public int getSequence() {
		return sequence;
	}

	public Status getStatus() {
		return status;
	}

	public ZonedDateTime getStartsAt() {
		return startsAt.atZone(ZoneId.of(timeZone));
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public String getLocation() {
		return location;
	}

	public String getVideoLink() {
		return videoLink;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public List<String> getPanelMembers() {
		return panel.stream().map(PanelSeat::userId).sorted().toList();
	}

	public String getChair() {
		return panel.stream().filter(PanelSeat::chair).map(PanelSeat::userId).findFirst().orElse(null);
	}

}
