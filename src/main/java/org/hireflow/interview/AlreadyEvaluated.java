package org.hireflow.interview;

import org.hireflow.platform.domain.DomainException;

/** This panel member has recorded their evaluation of this candidate; it counts once. */
public class AlreadyEvaluated extends DomainException {

	AlreadyEvaluated(String panelMember) {
		super(Kind.CONFLICT, "already-evaluated", "Already evaluated",
				panelMember + " has already evaluated this candidate.");
		explainedAs("refusal.already-evaluated", panelMember);
	}

}
