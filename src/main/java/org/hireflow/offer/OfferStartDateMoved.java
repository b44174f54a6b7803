package org.hireflow.offer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * HR moved the start date of an offer that stands; the clearances' due dates follow it.
 */
public record OfferStartDateMoved(long applicationId, String reference, LocalDate from, LocalDate to, String reason,
		String by, Instant at) {
}
