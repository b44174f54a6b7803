package org.hireflow.application;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.hireflow.platform.domain.Degree;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What one submission says about the candidate. Kept with the application it came with
 * (the facts the application is judged on) and never written over the candidate's stored
 * record.
 *
 * @param nationalities ISO 3166-1 alpha-2 codes
 * @param appliedNationality the nationality the candidate applies under, one of
 * {@code nationalities}
 * @param languages ISO 639-1 code to level 1–5 (I–V)
 */
public record CandidateProfile(String givenName, String familyName, LocalDate dateOfBirth, Set<String> nationalities,
		String appliedNationality, Map<String, Integer> languages, Degree highestDegree, int yearsOfExperience,
		Declarations declarations) {

	/** The candidate's own declarations, checked at eligibility. */
	@Schema(name = "CandidateDeclarations")
	public record Declarations(boolean militaryServiceObligationsMet, boolean closelyRelatedToStaffMember) {
	}

	public int languageLevel(String isoCode) {
		return languages.getOrDefault(isoCode, 0);
	}

	public String fullName() {
		return givenName + " " + familyName;
	}

}
