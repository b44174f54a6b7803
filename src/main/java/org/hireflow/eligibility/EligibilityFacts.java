package org.hireflow.eligibility;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hireflow.application.CandidateProfile;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.vacancy.Requirements;

/**
 * What the eligibility decision is given: facts derived from the application and the
 * vacancy. The decision table holds the rules; these are only the numbers and yes/no
 * answers it reads.
 */
public record EligibilityFacts(boolean memberStateNational, int ageOnStartDate, String category, int englishLevel,
		int frenchLevel, int requiredEnglishLevel, int requiredFrenchLevel, String languageRule, int degreeLevel,
		int requiredDegreeLevel, int yearsOfExperience, int requiredYearsOfExperience,
		boolean militaryServiceObligationsMet, boolean closelyRelatedToStaffMember) {

	/**
	 * @param memberStateNational whether the nationality applied under was a member
	 * state's on the day of the application
	 */
	public static EligibilityFacts derive(CandidateProfile profile, Requirements vacancy, boolean memberStateNational) {
		Map<OfficialLanguage, Integer> required = vacancy.languageLevels();
		return new EligibilityFacts(memberStateNational,
				Period.between(profile.dateOfBirth(), vacancy.expectedStartDate()).getYears(),
				vacancy.category().name(), profile.languageLevel(OfficialLanguage.EN.code()),
				profile.languageLevel(OfficialLanguage.FR.code()), required.getOrDefault(OfficialLanguage.EN, 0),
				required.getOrDefault(OfficialLanguage.FR, 0), vacancy.languageRule().name(),
				profile.highestDegree().ordinal() + 1, vacancy.minDegree().ordinal() + 1, profile.yearsOfExperience(),
				vacancy.minYearsExperience(), profile.declarations().militaryServiceObligationsMet(),
				profile.declarations().closelyRelatedToStaffMember());
	}

	/** The facts by the names the decision table uses. */
	public Map<String, Object> asMap() {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("memberStateNational", memberStateNational);
		facts.put("ageOnStartDate", ageOnStartDate);
		facts.put("category", category);
		facts.put("englishLevel", englishLevel);
		facts.put("frenchLevel", frenchLevel);
		facts.put("requiredEnglishLevel", requiredEnglishLevel);
		facts.put("requiredFrenchLevel", requiredFrenchLevel);
		facts.put("languageRule", languageRule);
		// either way round: the higher of the two levels in one language, the lower in
		// the
		// other
		facts.put("requiredHigherLevel", Math.max(requiredEnglishLevel, requiredFrenchLevel));
		facts.put("requiredLowerLevel", Math.min(requiredEnglishLevel, requiredFrenchLevel));
		facts.put("degreeLevel", degreeLevel);
		facts.put("requiredDegreeLevel", requiredDegreeLevel);
		facts.put("yearsOfExperience", yearsOfExperience);
		facts.put("requiredYearsOfExperience", requiredYearsOfExperience);
		facts.put("militaryServiceObligationsMet", militaryServiceObligationsMet);
		facts.put("closelyRelatedToStaffMember", closelyRelatedToStaffMember);
		return facts;
	}

}
