package org.hireflow.security;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.identity.User;
import org.hireflow.platform.StaffDirectory;

import org.springframework.stereotype.Component;

/**
 * Staff are Camunda users: their names, emails and working language come from the
 * identity service (the language as the user info {@value #LANGUAGE}).
 */
@Component
class CamundaStaffDirectory implements StaffDirectory {

	/** The user info key (the engine's identity store) of the language. */
	static final String LANGUAGE = "hireflow.language";

	private static final String FRENCH = "fr";

	private static final String ENGLISH = "en";

	private final IdentityService identity;

	CamundaStaffDirectory(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public Optional<StaffContact> contact(String userId) {
		User user = asService(() -> identity.createUserQuery().userId(userId).singleResult());
		if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
			return Optional.empty();
		}
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName()))
			.strip();
		String language = identity.getUserInfo(userId, LANGUAGE);
		return Optional.of(new StaffContact(userId, name.isEmpty() ? userId : name, user.getEmail(),
				FRENCH.equals(language) ? Locale.FRENCH : Locale.ENGLISH));
	}

	@Override
	public boolean sitsOnPanels(String userId) {
		return asService(() -> identity.createGroupQuery().groupMember(userId).groupId(Roles.GROUP_PANEL).count() > 0);
	}

	/**
	 * The directory is read as the service, not as whoever is completing a task: HR
	 * appoints a panel member without the right to read the engine's users and groups.
	 */
	private <T> T asService(Supplier<T> query) {
		Authentication caller = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return query.get();
		}
		finally {
			if (caller != null) {
				identity.setAuthentication(caller);
			}
		}
	}

	@Override
	public void rememberLanguage(String userId, String language) {
		if ((FRENCH.equals(language) || ENGLISH.equals(language))
				&& !language.equals(identity.getUserInfo(userId, LANGUAGE))) {
			identity.setUserInfo(userId, LANGUAGE, language);
		}
	}

}
