package org.hireflow.application;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One spelling per address, so that the same person is found again whatever case or
 * spacing they type.
 */
public final class EmailAddresses {

	private EmailAddresses() {
	}

	public static String normalise(String email) {
		return Normalizer.normalize(email.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

}
