package org.hireflow.platform.web;

import java.io.IOException;

/** A request body over the limit of its endpoint; answered with 413. */
public class PayloadTooLarge extends IOException {

	public PayloadTooLarge(long limit) {
		super("The request body exceeds " + limit + " bytes.");
	}

}
