package org.hireflow.platform.domain;

import java.util.Locale;

/**
 * The organisation's two official languages; also the languages candidates are written to
 * in.
 */
public enum OfficialLanguage {

	EN, FR;

	/** ISO 639-1 code as stored, e.g. {@code "en"}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	public static OfficialLanguage ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
