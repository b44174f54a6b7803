package org.hireflow.candidate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.IsoCodes;

/**
 * A candidate's details as their "my details" page shows them, in the page's language.
 */
record PersonalDetails(String name, LocalDate dateOfBirth, String nationalities, String languages, Degree degree,
		int yearsOfExperience) {

	private static final String[] LEVELS = { "", "I", "II", "III", "IV", "V" };

	PersonalDetails(String givenName, String familyName, LocalDate dateOfBirth, Set<String> nationalities,
			Map<String, Integer> languages, Degree degree, int yearsOfExperience, Locale locale) {
		this(givenName + " " + familyName, dateOfBirth,
				nationalities.stream()
					.map(code -> IsoCodes.countryName(code, locale))
					.sorted()
					.collect(Collectors.joining(", ")),
				languages.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map(level -> new Locale(level.getKey()).getDisplayLanguage(locale) + " "
							+ LEVELS[level.getValue()])
					.collect(Collectors.joining(", ")),
				degree, yearsOfExperience);
	}

}
