package org.hireflow.interview;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.hireflow.platform.domain.RuleViolated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When and where an interview can be: the slot's own rules, no service started. */
class SlotTests {

	static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

	static final ZonedDateTime NEXT_WEEK = NOW.atZone(ZoneId.of("Europe/Brussels")).plusDays(7);

	@Test
	void a_slot_next_week_in_a_room_or_on_an_https_link_is_fine() {
		assertThatNoException().isThrownBy(() -> new Slot(NEXT_WEEK, 60, "Room 3", null).validated(NOW));
		assertThatNoException()
			.isThrownBy(() -> new Slot(NEXT_WEEK, 60, null, "https://meet.example.org/abc").validated(NOW));
	}

	@ParameterizedTest
	@CsvSource(value = { "-1, 60, Room 3, , start in the future", "400, 60, Room 3, , within a year",
			"1, 10, Room 3, , from 15 to 240", "1, 241, Room 3, , from 15 to 240", "1, 60, , , place or a video link",
			"1, 60, , http://meet.example.org, https" })
	void a_slot_outside_the_rules_is_refused_saying_which(int days, int minutes, String room, String link,
			String rule) {
		Slot slot = new Slot(NOW.atZone(ZoneId.of("Europe/Brussels")).plusDays(days), minutes, room, link);

		assertThatThrownBy(() -> slot.validated(NOW)).isInstanceOf(RuleViolated.class).hasMessageContaining(rule);
	}

}
