package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.platform.StaffDirectory;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff directory over the engine's identity store answers the same whoever is
 * completing the task that asks it: HR appointing a substitute panel member cannot read
 * the engine's groups, the directory can.
 */
@IntegrationTest
class StaffDirectoryTests {

	@Autowired
	StaffDirectory staff;

	@Autowired
	IdentityService identity;

	@Test
	void an_hr_officer_completing_a_task_learns_who_sits_on_panels() {
		TestUsers.ensure(identity, "hedda", Roles.GROUP_HR);
		TestUsers.ensure(identity, "sven", Roles.GROUP_PANEL);
		identity.setAuthentication("hedda", List.of(Roles.GROUP_HR));
		try {
			assertThat(staff.sitsOnPanels("sven")).isTrue();
			assertThat(staff.sitsOnPanels("hedda")).isFalse();
			assertThat(staff.contact("sven")).hasValueSatisfying(contact -> assertThat(contact.email()).isNotBlank());
			assertThat(identity.getCurrentAuthentication().getUserId()).as("the caller is left as they were")
				.isEqualTo("hedda");
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
