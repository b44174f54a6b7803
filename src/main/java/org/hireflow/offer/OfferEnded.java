package org.hireflow.offer;

import org.hireflow.platform.domain.DomainException;

/** The offer was declined, has expired or was withdrawn: its terms no longer change. */
public class OfferEnded extends DomainException {

	OfferEnded(String why) {
		super(Kind.CONFLICT, "offer-status", "Offer has ended", "The offer " + why + ".");
		explainedAs("refusal.offer-ended");
	}

}
