package org.hireflow.offer;

/** An offer went out; the candidate is written to with the answer link and the expiry. */
public record OfferSent(long applicationId) {
}
