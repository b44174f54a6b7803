package org.hireflow.application;

import java.time.Instant;

import org.hireflow.vacancy.VacancyFacts;

/**
 * An application moved: why, and the facts its listeners need (whom to write to, which
 * vacancy), so that none of them reloads what the publisher held. Listeners that are part
 * of the change (a reserve place freed) run in its transaction; the others (emails) after
 * it commits, recorded by the event publication registry.
 *
 * @param outcome why it moved; {@code outcomeDetail} what the outcome needs besides (the
 * failed eligibility rule)
 */
public record ApplicationStatusChanged(long applicationId, String reference, VacancyFacts vacancy,
		CandidateFacts candidate, ApplicationStatus from, ApplicationStatus to, Outcome outcome, String outcomeDetail,
		String reason, String actor, Instant occurredAt) {

	public long vacancyId() {
		return vacancy.id();
	}

}
