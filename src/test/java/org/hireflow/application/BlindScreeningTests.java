package org.hireflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule of blind screening, as a table. */
class BlindScreeningTests {

	@ParameterizedTest(name = "blind {0}, {1}, interview {2}, as screener {3}: hidden {4}")
	@CsvSource({ "true, SCREENING, false, true, true", "true, ASSESSMENT, false, true, true",
			"true, REJECTED, false, true, true", "true, REJECTED, true, true, false",
			"true, INTERVIEW, true, true, false", "true, DECISION, true, true, false",
			"true, SCREENING, false, false, false", "false, SCREENING, false, true, false" })
	void a_screener_sees_no_identity_until_the_interview(boolean blind, ApplicationStatus status, boolean interview,
			boolean asScreener, boolean hidden) {
		assertThat(BlindScreening.hidesIdentity(blind, status, interview, asScreener)).isEqualTo(hidden);
	}

}
