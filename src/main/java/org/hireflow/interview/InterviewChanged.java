package org.hireflow.interview;

/**
 * An interview was scheduled, moved or called off; candidate and panel get the invitation, update or
 * cancellation (same calendar uid, higher sequence).
 */
public record InterviewChanged(long applicationId, Change change, int sequence) {

	public enum Change {

		SCHEDULED, RESCHEDULED, CANCELLED

	}

}
