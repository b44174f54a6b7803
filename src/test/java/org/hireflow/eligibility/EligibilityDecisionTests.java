package org.hireflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eligibility table (bpmn/eligibility.dmn), rule by rule and at its boundaries, on
 * Camunda's DMN engine alone: the model file as the engine reads it, no service started.
 */
class EligibilityDecisionTests {

	/**
	 * Configured as the process engine configures its own (application.yml:
	 * dmn-feel-enable-legacy-behavior).
	 */
	static final DmnEngine ENGINE = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
		.createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();

	static final DmnDecision ELIGIBILITY = parse();

	static DmnDecision parse() {
		try (InputStream model = Files.newInputStream(Path.of("bpmn", "eligibility.dmn"))) {
			return ENGINE.parseDecision("eligibility", model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static DmnDecisionResultEntries evaluate(Map<String, Object> facts) {
		return ENGINE.evaluateDecision(ELIGIBILITY, Variables.fromMap(facts)).getSingleResult();
	}

	/**
	 * An eligible category A candidate for a post requiring English V and French II, a
	 * master and 2 years.
	 */
	Map<String, Object> eligible() {
		Map<String, Object> facts = new HashMap<>();
		facts.put("memberStateNational", true);
		facts.put("ageOnStartDate", 35);
		facts.put("category", "A");
		facts.put("englishLevel", 5);
		facts.put("frenchLevel", 2);
		facts.put("requiredEnglishLevel", 5);
		facts.put("requiredFrenchLevel", 2);
		facts.put("languageRule", "EACH");
		facts.put("requiredHigherLevel", 5);
		facts.put("requiredLowerLevel", 2);
		facts.put("degreeLevel", 4);
		facts.put("requiredDegreeLevel", 4);
		facts.put("yearsOfExperience", 2);
		facts.put("requiredYearsOfExperience", 2);
		facts.put("militaryServiceObligationsMet", true);
		facts.put("closelyRelatedToStaffMember", false);
		return facts;
	}

	String failedRule(Map<String, Object> facts) {
		return evaluate(facts).getEntry("failedRule");
	}

	Map<String, Object> with(String name, Object value) {
		Map<String, Object> facts = eligible();
		facts.put(name, value);
		return facts;
	}

	@Test
	void a_candidate_meeting_every_requirement_is_eligible() {
		var result = evaluate(eligible());

		assertThat(result.<Boolean>getEntry("eligible")).isTrue();
		assertThat(result.<String>getEntry("failedRule")).isEqualTo("ELIGIBLE");
	}

	@ParameterizedTest(name = "age {0} on the start date: {1}")
	@CsvSource({ "20, AGE_UNDER_21", "21, ELIGIBLE", "22, ELIGIBLE", "59, ELIGIBLE", "60, AGE_60_OR_OVER",
			"61, AGE_60_OR_OVER" })
	void age_over_21_and_under_60_on_the_start_date(int age, String rule) {
		assertThat(failedRule(with("ageOnStartDate", age))).isEqualTo(rule);
	}

	@ParameterizedTest(name = "category A, English {0} of V required: {1}")
	@CsvSource({ "0, ENGLISH_LEVEL", "1, ENGLISH_LEVEL", "2, ENGLISH_LEVEL", "3, ENGLISH_LEVEL", "4, ENGLISH_LEVEL",
			"5, ELIGIBLE" })
	void category_a_needs_english_at_the_required_level(int level, String rule) {
		assertThat(failedRule(with("englishLevel", level))).isEqualTo(rule);
	}

	@ParameterizedTest(name = "category A, French {0} of II required: {1}")
	@CsvSource({ "0, FRENCH_LEVEL", "1, FRENCH_LEVEL", "2, ELIGIBLE", "3, ELIGIBLE", "4, ELIGIBLE", "5, ELIGIBLE" })
	void category_a_needs_the_second_official_language_too(int level, String rule) {
		assertThat(failedRule(with("frenchLevel", level))).isEqualTo(rule);
	}

	/**
	 * A notice "level IV in one official language and level I in the other" (the vacancy
	 * gives EN IV and FR I; either way round).
	 */
	Map<String, Object> eitherWay(String category, int english, int french) {
		Map<String, Object> facts = eligible();
		facts.put("category", category);
		facts.put("languageRule", "EITHER_WAY");
		facts.put("requiredEnglishLevel", 4);
		facts.put("requiredFrenchLevel", 1);
		facts.put("requiredHigherLevel", 4);
		facts.put("requiredLowerLevel", 1);
		facts.put("englishLevel", english);
		facts.put("frenchLevel", french);
		return facts;
	}

	@ParameterizedTest(name = "IV in one, I in the other: English {0}, French {1}: {2}")
	@CsvSource({ "4, 1, ELIGIBLE", "1, 4, ELIGIBLE", "1, 5, ELIGIBLE", "5, 1, ELIGIBLE", "5, 5, ELIGIBLE",
			"4, 0, LANGUAGES_EITHER_WAY", "0, 4, LANGUAGES_EITHER_WAY", "3, 3, LANGUAGES_EITHER_WAY",
			"3, 1, LANGUAGES_EITHER_WAY", "1, 3, LANGUAGES_EITHER_WAY", "0, 0, LANGUAGES_EITHER_WAY" })
	void a_notice_stated_either_way_round_takes_either_language_at_the_higher_level(int english, int french,
			String rule) {
		assertThat(failedRule(eitherWay("A", english, french))).isEqualTo(rule);
		assertThat(failedRule(eitherWay("B", english, french))).as("whatever the category").isEqualTo(rule);
	}

	@ParameterizedTest(name = "category A, English IV only, English {0}, French {1}: {2}")
	@CsvSource({ "4, 0, ELIGIBLE", "5, 0, ELIGIBLE", "3, 5, ENGLISH_LEVEL" })
	void a_notice_with_no_requirement_in_the_second_language_asks_nothing_of_it(int english, int french, String rule) {
		Map<String, Object> facts = eligible();
		facts.put("requiredEnglishLevel", 4);
		facts.put("requiredFrenchLevel", 0);
		facts.put("requiredHigherLevel", 4);
		facts.put("requiredLowerLevel", 0);
		facts.put("englishLevel", english);
		facts.put("frenchLevel", french);

		assertThat(failedRule(facts)).isEqualTo(rule);
	}

	@ParameterizedTest(name = "category B, English {0}, French {1} (English IV required only): {2}")
	@CsvSource({ "3, 5, OFFICIAL_LANGUAGE", "4, 0, ELIGIBLE", "5, 0, ELIGIBLE", "0, 5, OFFICIAL_LANGUAGE" })
	void other_categories_need_one_required_official_language(int english, int french, String rule) {
		Map<String, Object> facts = eligible();
		facts.put("category", "B");
		facts.put("degreeLevel", 1);
		facts.put("requiredDegreeLevel", 1);
		facts.put("requiredEnglishLevel", 4);
		facts.put("requiredFrenchLevel", 0);
		facts.put("englishLevel", english);
		facts.put("frenchLevel", french);

		assertThat(failedRule(facts)).isEqualTo(rule);
	}

	@ParameterizedTest(name = "category C, English {0}, French {1} (either at III): {2}")
	@CsvSource({ "3, 0, ELIGIBLE", "0, 3, ELIGIBLE", "2, 2, OFFICIAL_LANGUAGE" })
	void other_categories_may_meet_either_required_language(int english, int french, String rule) {
		Map<String, Object> facts = eligible();
		facts.put("category", "C");
		facts.put("degreeLevel", 1);
		facts.put("requiredDegreeLevel", 1);
		facts.put("requiredEnglishLevel", 3);
		facts.put("requiredFrenchLevel", 3);
		facts.put("englishLevel", english);
		facts.put("frenchLevel", french);

		assertThat(failedRule(facts)).isEqualTo(rule);
	}

	@Test
	void the_other_knock_out_rules_each_fail_on_their_own() {
		assertThat(failedRule(with("memberStateNational", false))).isEqualTo("NATIONALITY");
		assertThat(failedRule(with("degreeLevel", 3))).isEqualTo("DEGREE");
		assertThat(failedRule(with("yearsOfExperience", 1))).isEqualTo("EXPERIENCE");
		assertThat(failedRule(with("militaryServiceObligationsMet", false))).isEqualTo("MILITARY_SERVICE");
		assertThat(failedRule(with("closelyRelatedToStaffMember", true))).isEqualTo("RELATED_TO_STAFF");
		Map<String, Object> noDegree = with("degreeLevel", 2);
		noDegree.put("requiredDegreeLevel", 1);
		assertThat(failedRule(noDegree)).isEqualTo("DEGREE_CATEGORY");
	}

	@Test
	void the_first_failed_rule_is_the_one_reported() {
		Map<String, Object> facts = with("memberStateNational", false);
		facts.put("ageOnStartDate", 18);

		assertThat(failedRule(facts)).isEqualTo("NATIONALITY");
	}

}
