package org.hireflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.hireflow.application.CandidateProfile;
import org.hireflow.platform.domain.Degree;
import org.junit.jupiter.api.Test;

/** The facts fed to the decision: derived, never raw. */
class EligibilityFactsTests {

	CandidateProfile born(LocalDate birth, String nationality) {
		return new CandidateProfile("A", "B", birth, Set.of(nationality, "NO"), nationality, Map.of("en", 4, "fr", 3),
				Degree.BACHELOR, 6, new CandidateProfile.Declarations(true, false));
	}

	@Test
	void age_is_counted_on_the_vacancys_expected_start_date() {
		var vacancy = org.hireflow.testing.Fixtures.vacancyDraft(Clock.systemUTC(), 1);
		LocalDate start = vacancy.expectedStartDate();

		var onBirthday = EligibilityFacts.derive(born(start.minusYears(21), "FR"), vacancy.requirements(), true);
		var dayBefore = EligibilityFacts.derive(born(start.minusYears(21).plusDays(1), "FR"), vacancy.requirements(),
				true);

		assertThat(onBirthday.ageOnStartDate()).isEqualTo(21);
		assertThat(dayBefore.ageOnStartDate()).isEqualTo(20);
	}

	@Test
	void nationality_and_birth_date_reach_the_decision_only_as_yes_or_no_and_a_number() {
		var vacancy = org.hireflow.testing.Fixtures.vacancyDraft(Clock.systemUTC(), 1);

		var facts = EligibilityFacts.derive(born(LocalDate.of(1990, 1, 1), "CH"), vacancy.requirements(), false);

		assertThat(facts.memberStateNational()).isFalse();
		assertThat(facts.asMap()).doesNotContainKeys("nationality", "nationalities", "dateOfBirth")
			.containsEntry("englishLevel", 4)
			.containsEntry("degreeLevel", 3);
	}

}
