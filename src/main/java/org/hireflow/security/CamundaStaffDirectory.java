package org.hireflow.security;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.hireflow.platform.StaffDirectory;

import org.springframework.stereotype.Component;

/** Staff are Camunda users: their names and emails come from the identity service. */
@Component
class CamundaStaffDirectory implements StaffDirectory {

	private final IdentityService identity;

	CamundaStaffDirectory(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Optional<StaffContact> contact(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
			return Optional.empty();
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName()))
			.strip();
		return Optional.of(new StaffContact(userId, name.isEmpty() ? userId : name, user.getEmail()));
	}

}
