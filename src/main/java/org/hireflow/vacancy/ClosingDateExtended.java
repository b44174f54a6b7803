package org.hireflow.vacancy;

import java.time.Instant;

/** The closing date of an open vacancy moved later; candidates who applied are told. */
public record ClosingDateExtended(long vacancyId, String reference, Instant previous, Instant closingAt) {
}
