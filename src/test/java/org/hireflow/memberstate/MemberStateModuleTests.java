package org.hireflow.memberstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.hireflow.platform.domain.RuleViolated;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The member states are data: the 32 members with the day each joined, a state added or
 * its day corrected by an administrator, membership asked on a given day.
 */
@ModuleTest
class MemberStateModuleTests {

	@Autowired
	MemberStateService states;

	@Autowired
	ApplicationContext context;

	@Test
	void only_the_member_state_module_and_the_shared_kernel_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "memberstate");
	}

	@Test
	void the_thirty_two_members_are_listed_with_the_day_each_joined() {
		assertThat(states.all()).hasSize(32)
			.extracting(MemberState::getCode)
			.contains("FR", "US", "TR", "FI", "SE", "MK")
			.doesNotContain("IE", "CH", "AT");
		assertThat(states.all()).filteredOn(state -> state.getCode().equals("SE"))
			.extracting(MemberState::getJoinedOn)
			.containsExactly(LocalDate.of(2024, 3, 7));
	}

	@Test
	void a_nationality_counts_from_the_day_its_state_joined() {
		assertThat(states.memberOn("FI", LocalDate.of(2023, 4, 3))).isFalse();
		assertThat(states.memberOn("FI", LocalDate.of(2023, 4, 4))).isTrue();
		assertThat(states.memberOn("IE", LocalDate.of(2026, 1, 1))).isFalse();
		assertThat(states.firstMemberAmong(List.of("IE", "CH", "FR", "BE"), LocalDate.of(2026, 1, 1))).contains("FR");
	}

	@Test
	void an_administrator_flags_a_state_whose_nationals_are_under_represented_and_the_flag_stays_until_changed() {
		states.joined("IS", LocalDate.of(1949, 8, 24), true, "admin");
		states.joined("IS", LocalDate.of(1949, 8, 24), "admin");
		assertThat(states.all()).filteredOn(MemberState::isUnderRepresented)
			.extracting(MemberState::getCode)
			.contains("IS");

		states.joined("IS", LocalDate.of(1949, 8, 24), false, "admin");
		assertThat(states.all()).filteredOn(MemberState::isUnderRepresented)
			.extracting(MemberState::getCode)
			.doesNotContain("IS");
	}

	@Test
	void an_administrator_adds_a_state_without_a_release_and_can_take_it_off_again() {
		states.joined("IE", LocalDate.of(2030, 1, 1), "admin");

		assertThat(states.memberOn("IE", LocalDate.of(2029, 12, 31))).isFalse();
		assertThat(states.memberOn("IE", LocalDate.of(2030, 1, 1))).isTrue();

		states.remove("IE");
		assertThat(states.memberOn("IE", LocalDate.of(2031, 1, 1))).isFalse();
	}

	@Test
	void a_code_that_is_no_country_is_refused() {
		assertThatThrownBy(() -> states.joined("XX", LocalDate.of(2030, 1, 1), "admin"))
			.isInstanceOf(RuleViolated.class)
			.hasMessageContaining("XX");
	}

}
