package org.hireflow.vacancy;

import java.time.Instant;

/** The closing date of an open vacancy moved later; candidates who applied are told. */
public record ClosingDateExtended(VacancyFacts vacancy, Instant previous, Instant closingAt) {

	public long vacancyId() {
		return vacancy.id();
	}

}
