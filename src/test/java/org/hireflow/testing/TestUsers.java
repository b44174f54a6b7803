package org.hireflow.testing;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Staff users for tests; password = user id. Idempotent, so tests can share one database.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static String ensure(IdentityService identity, String userId, String... groups) {
		if (identity.createUserQuery().userId(userId).count() == 0) {
			User user = identity.newUser(userId);
			user.setFirstName(userId);
			user.setLastName("Test");
			user.setEmail(userId + "@staff.example");
			user.setPassword(userId);
			identity.saveUser(user);
		}
		for (String group : groups) {
			if (identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
				identity.createMembership(userId, group);
			}
		}
		return userId;
	}

}
