package org.hireflow.privacy;

import java.util.List;

import org.hireflow.platform.domain.DomainException;

/** Erasure waits until every application of the candidate has ended. */
public class ErasureRefused extends DomainException {

	ErasureRefused(List<String> running) {
		super(Kind.CONFLICT, "erasure-refused", "Erasure must wait", "Application(s) " + String.join(", ", running)
				+ " are still in a competition: withdraw them first, then ask for erasure.");
		explainedAs("refusal.erasure-running", String.join(", ", running));
	}

}
