package org.hireflow.interview;

import org.hireflow.application.CandidateFacts;
import org.hireflow.vacancy.VacancyFacts;

/**
 * An interview was scheduled, moved or called off; candidate and panel get the
 * invitation, update or cancellation (same calendar uid, higher sequence).
 */
public record InterviewChanged(long applicationId, String reference, VacancyFacts vacancy, CandidateFacts candidate,
		Change change, InterviewFacts interview) {

	public enum Change {

		SCHEDULED, RESCHEDULED, CANCELLED

	}

}
