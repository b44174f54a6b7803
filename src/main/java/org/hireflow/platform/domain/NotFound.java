package org.hireflow.platform.domain;

/** There is no such record (or none this caller may know of). */
public class NotFound extends DomainException {

	public NotFound(String what, String reference) {
		super(Kind.NOT_FOUND, "not-found", what + " not found",
				"No " + what.toLowerCase() + " with reference " + reference + ".");
	}

}
