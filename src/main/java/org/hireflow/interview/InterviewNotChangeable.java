package org.hireflow.interview;

import org.hireflow.platform.domain.DomainException;

/**
 * The interview was called off, has been held or has started: it can no longer be moved
 * or called off.
 */
public class InterviewNotChangeable extends DomainException {

	InterviewNotChangeable(String why) {
		super(Kind.CONFLICT, "interview-status", "Interview cannot be changed", "The interview " + why + ".");
		explainedAs("refusal.interview-status");
	}

}
