package org.hireflow.application.web;

import java.time.Instant;

import org.hireflow.application.Application;

/**
 * A line of the applications list; no personal data beyond the reference, and the vacancy
 * by its reference (the one the list's filter takes), never a database id.
 */
record ApplicationSummary(String reference, String vacancy, String status, Instant submittedAt) {

	static ApplicationSummary of(Application a, String vacancyReference) {
		return new ApplicationSummary(a.getReference(), vacancyReference, a.getStatus().name(), a.getSubmittedAt());
	}

}
