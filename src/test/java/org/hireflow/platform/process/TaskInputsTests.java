package org.hireflow.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What a person submitted with a task, read strictly: each refusal names the field and
 * its rule.
 */
class TaskInputsTests {

	enum Choice {

		SHORTLISTED, REJECTED

	}

	static TaskInputs of(Object... pairs) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], pairs[i + 1]);
		}
		return TaskInputs.of(values);
	}

	@Test
	void form_values_arrive_as_text_or_typed_and_read_the_same() {
		assertThat(of("score", "78").integer("score", 0, 100)).isEqualTo(78);
		assertThat(of("score", 78L).integer("score", 0, 100)).isEqualTo(78);
		assertThat(of("cleared", "true").bool("cleared")).isTrue();
		assertThat(of("cleared", false).bool("cleared")).isFalse();
		assertThat(of("outcome", " SHORTLISTED ").choice("outcome", Choice.class)).isEqualTo(Choice.SHORTLISTED);
		assertThat(of("startDate", "2027-03-01T00:00:00.000+0000").date("startDate"))
			.isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(of("startsAt", "2027-03-01T09:30").dateTime("startsAt"))
			.isEqualTo(LocalDateTime.of(2027, 3, 1, 9, 30));
		assertThat(of("startsAt", "2027-03-01 09:37").dateTime("startsAt")).as("as typed, to the minute")
			.isEqualTo(LocalDateTime.of(2027, 3, 1, 9, 37));
	}

	@Test
	void values_that_do_not_fit_are_refused_naming_the_field_and_the_rule() {
		// the field as the bundles name it ("Score") once a context has loaded them, else
		// as
		// the form does
		assertThatThrownBy(() -> of("score", "101").integer("score", 0, 100)).isInstanceOf(TaskInputRejected.class)
			.message()
			.isEqualToIgnoringCase("score: must be from 0 to 100");
		assertThatThrownBy(() -> of("score", 7.5).integer("score", 0, 100)).hasMessageContaining("whole number");
		assertThatThrownBy(() -> of("cleared", "maybe").bool("cleared")).hasMessageContaining("yes or no");
		assertThatThrownBy(() -> of("outcome", "HIRED").choice("outcome", Choice.class)).message()
			.isEqualToIgnoringCase("outcome: is not one of the offered choices");
		assertThatThrownBy(() -> of("reason", "  ").text("reason", 10)).message()
			.isEqualToIgnoringCase("reason: is required");
		assertThatThrownBy(() -> of("reason", "x".repeat(11)).text("reason", 10)).hasMessageContaining("at most 10");
		assertThatThrownBy(() -> of("startsAt", "tomorrow").dateTime("startsAt")).hasMessageContaining("such as");
	}

}
