package org.hireflow.offer;

import java.time.Instant;
import java.time.LocalDate;

import org.hireflow.application.CandidateFacts;
import org.hireflow.vacancy.VacancyFacts;

/**
 * An offer went out; the candidate is written to with its terms, the answer link and the
 * expiry.
 */
public record OfferSent(long applicationId, String reference, VacancyFacts vacancy, CandidateFacts candidate,
		String grade, int step, LocalDate startDate, Instant sentAt, Instant expiresAt) {
}
