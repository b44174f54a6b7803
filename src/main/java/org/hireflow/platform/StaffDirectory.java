package org.hireflow.platform;

import java.util.Optional;

/**
 * Staff contact details (from the identity store), for reminders and panel invitations.
 */
public interface StaffDirectory {

	record StaffContact(String userId, String name, String email) {
	}

	Optional<StaffContact> contact(String userId);

}
