package org.hireflow.platform.domain;

import org.hireflow.platform.text.Messages;

/** There is no such record (or none this caller may know of). */
public class NotFound extends DomainException {

	public NotFound(String what, String reference) {
		super(Kind.NOT_FOUND, "not-found", what + " not found",
				"No " + what.toLowerCase() + " with reference " + reference + ".");
		explainedAs("refusal.not-found",
				Messages.translation("thing." + what.toLowerCase().replace(' ', '-')).orElse(what), reference);
	}

}
