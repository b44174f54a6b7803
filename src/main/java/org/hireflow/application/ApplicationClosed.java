package org.hireflow.application;

import org.hireflow.platform.domain.DomainException;

/** The application has reached a final status; nothing more can happen to it. */
public class ApplicationClosed extends DomainException {

	ApplicationClosed(String reference, ApplicationStatus status) {
		super(Kind.CONFLICT, "application-closed", "Application closed",
				"Application " + reference + " is already " + status.name().toLowerCase() + ".");
		explainedAs("refusal.application-closed", reference, status.name());
	}

}
