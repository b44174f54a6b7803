package org.hireflow.application.web;

import java.time.Instant;

import org.hireflow.application.Application;

/** What the candidate gets back for a submission. */
record ApplicationReceipt(String reference, String status, Instant submittedAt) {

	static ApplicationReceipt of(Application application) {
		return new ApplicationReceipt(application.getReference(), application.getStatus().name(),
				application.getSubmittedAt());
	}

}
