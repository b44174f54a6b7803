package org.hireflow.offer;

import org.hireflow.platform.domain.DomainException;

/** The offer was already sent, answered, withdrawn or has expired. */
public class OfferNotAnswerable extends DomainException {

	OfferNotAnswerable(String why) {
		super(Kind.CONFLICT, "offer-status", "Offer cannot be answered", "The offer " + why + ".");
		explainedAs("refusal.offer-not-answerable");
	}

	/**
	 * The offer's process stopped waiting for the answer while it was being given (its
	 * expiry fired in the same moment).
	 */
	public static OfferNotAnswerable endedMeanwhile() {
		return new OfferNotAnswerable("ended (it expired or was withdrawn) while the answer was being recorded");
	}

}
