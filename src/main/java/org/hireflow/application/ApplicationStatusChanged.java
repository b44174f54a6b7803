package org.hireflow.application;

import java.time.Instant;

/**
 * Published inside the transaction of every status change (intake included), for listeners that must commit
 * with it — the notification outbox — or react after it.
 *
 * @param outcome why it moved; {@code outcomeDetail} what the outcome needs besides (the failed eligibility rule)
 */
public record ApplicationStatusChanged(long applicationId, String reference, long vacancyId,
		ApplicationStatus from, ApplicationStatus to, Outcome outcome, String outcomeDetail, String reason,
		String actor, Instant occurredAt) {
}
