package org.hireflow.offer;

/** The application process as the offer sees it; implemented by the process glue. */
public interface OfferWorkflow {

	void answered(String applicationReference, boolean accepted);

}
