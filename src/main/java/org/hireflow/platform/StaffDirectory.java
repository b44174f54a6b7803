package org.hireflow.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Staff contact details (from the identity store), for reminders and panel invitations,
 * and the language each member of staff last used Tasklist in: their emails follow it.
 */
public interface StaffDirectory {

	/**
	 * @param language English or French: the language of their last Tasklist form
	 */
	record StaffContact(String userId, String name, String email, Locale language) {
	}

	Optional<StaffContact> contact(String userId);

	/** Whether this person may sit on interview panels (is in the panel group). */
	boolean sitsOnPanels(String userId);

	/**
	 * Records the language a member of staff works in (English or French; anything else
	 * is ignored).
	 */
	void rememberLanguage(String userId, String language);

}
