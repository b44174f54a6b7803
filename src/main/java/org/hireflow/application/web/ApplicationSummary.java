package org.hireflow.application.web;

import java.time.Instant;

import org.hireflow.application.Application;

/** A line of the applications list; no personal data beyond the reference. */
record ApplicationSummary(String reference, long vacancyId, String status, Instant submittedAt) {

	static ApplicationSummary of(Application a) {
		return new ApplicationSummary(a.getReference(), a.getVacancyId(), a.getStatus().name(), a.getSubmittedAt());
	}

}
