package org.hireflow.application;

import org.hireflow.platform.domain.DomainException;

/**
 * The pipeline does not lead from where the application stands to where a step wanted it.
 */
public class TransitionRefused extends DomainException {

	TransitionRefused(String reference, ApplicationStatus from, ApplicationStatus to) {
		super(Kind.CONFLICT, "transition-refused", "Not possible at this step", "Application " + reference
				+ " cannot move from " + from.name().toLowerCase() + " to " + to.name().toLowerCase() + ".");
		explainedAs("refusal.transition-refused", reference, from.name(), to.name());
	}

}
