package org.hireflow.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hireflow.platform.domain.RuleViolated;
import org.junit.jupiter.api.Test;

/**
 * A panel of at least three with its chair among them: the panel's own rules, no service
 * started.
 */
class PanelTests {

	@Test
	void three_members_with_a_chair_among_them_make_a_panel() {
		Panel panel = new Panel(List.of("paul", "petra", "pedro"), "paul").validated(3);

		assertThat(panel.chair()).isEqualTo("paul");
	}

	@Test
	void too_few_members_a_chair_from_outside_or_a_member_twice_are_refused() {
		assertThatThrownBy(() -> new Panel(List.of("paul", "petra"), "paul").validated(3))
			.isInstanceOf(RuleViolated.class)
			.hasMessageContaining("at least 3");
		assertThatThrownBy(() -> new Panel(List.of("paul", "petra", "pedro"), "otto").validated(3))
			.isInstanceOf(RuleViolated.class)
			.hasMessageContaining("chair");
		assertThatThrownBy(() -> new Panel(List.of("paul", "paul", "pedro"), "paul").validated(3))
			.isInstanceOf(RuleViolated.class)
			.hasMessageContaining("only once");
	}

}
