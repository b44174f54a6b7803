package org.hireflow.platform.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Validation of ISO 3166-1 alpha-2 country and ISO 639-1 language codes (upper/lower case
 * as stored).
 */
public final class IsoCodes {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private IsoCodes() {
	}

	public static boolean isCountry(String code) {
		return code != null && COUNTRIES.contains(code);
	}

	/** A country's name in a language: "Ireland", "Irlande". */
	public static String countryName(String code, Locale language) {
		return new Locale("", code).getDisplayCountry(language);
	}

	public static boolean isLanguage(String code) {
		return code != null && LANGUAGES.contains(code);
	}

}
