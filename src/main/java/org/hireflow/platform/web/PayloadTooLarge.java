package org.hireflow.platform.web;

import java.io.IOException;

import org.hireflow.platform.text.Messages;

/** A request body over the limit of its endpoint; answered with 413. */
public class PayloadTooLarge extends IOException {

	public PayloadTooLarge(long limit) {
		super(Messages.text("problem.payload-too-large.detail", "The request body exceeds {0,number,#} bytes.", limit));
	}

}
