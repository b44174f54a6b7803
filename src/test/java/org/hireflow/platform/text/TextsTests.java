package org.hireflow.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What people may type: a plain unit test, no service started. */
class TextsTests {

	@ParameterizedTest
	@ValueSource(strings = { "Amélie", "O'Brien-Smith", "Nguyễn Văn An", "محمد", "张伟", "Ægir Þór", "Jean-Luc 2nd",
			"मनोज\u200Dकुमार", "Zoë" })
	void real_names_are_names(String name) {
		assertThat(Texts.nameProblem(name)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Eve\u0000", "Eve\r\nBcc: x", "Ev\u202Ee", "\u2066Eve\u2069", "Eve\u200B", "\uFEFFEve",
			"Ev\u00ADe" })
	void names_with_control_or_invisible_characters_are_refused(String name) {
		assertThat(Texts.nameProblem(name)).contains("must not contain control or invisible characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "42", "-- . --", "'", "()" })
	void a_name_needs_a_letter(String name) {
		assertThat(Texts.nameProblem(name)).contains("must contain a letter");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u200B\u200B", "\u200C\u200D" })
	void a_name_of_invisible_characters_only_is_refused(String name) {
		assertThat(Texts.nameProblem(name)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Eve\uD800", "\uDC00Eve", "Eve\uFFFF" })
	void broken_unicode_is_refused_in_names_and_free_text(String text) {
		assertThat(Texts.nameProblem(text)).contains("is not well-formed text");
		assertThat(Texts.freeTextProblem(text)).contains("is not well-formed text");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Line one\nline two\r\n\tindented", "I led the 2019 negotiation 🇫🇷👩\u200D💻",
			"Soft\u00ADhyphen" })
	void free_text_may_hold_line_breaks_tabs_and_emoji(String text) {
		assertThat(Texts.freeTextProblem(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "bell\u0007", "escape\u001B[31m", "reads \u202Ebackwards", "\u2067isolate",
			"mark\u200F" })
	void free_text_refuses_controls_and_direction_overrides(String text) {
		assertThat(Texts.freeTextProblem(text)).contains("must not contain control characters or direction overrides");
	}

}
