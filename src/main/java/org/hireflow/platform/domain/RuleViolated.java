package org.hireflow.platform.domain;

/**
 * What was asked breaks a rule of the step (a reason missing, a score out of range); the
 * message says which.
 */
public class RuleViolated extends DomainException {

	public RuleViolated(String detail) {
		super(Kind.INVALID, "invalid-request", "Invalid request", detail);
	}

}
