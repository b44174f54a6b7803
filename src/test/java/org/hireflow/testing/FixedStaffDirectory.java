package org.hireflow.testing;

import java.util.Locale;
import java.util.Optional;

import org.hireflow.platform.StaffDirectory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For module tests without the security module, which implements the staff directory over
 * the engine's identity store: every user id is a member of staff at
 * {@code <id>@staff.example} who reads English and may sit on panels.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedStaffDirectory {

	@Bean
	StaffDirectory staffDirectory() {
		return new StaffDirectory() {
			@Override
			public Optional<StaffContact> contact(String userId) {
				return Optional.of(new StaffContact(userId, userId, userId + "@staff.example", Locale.ENGLISH));
			}

			@Override
			public boolean sitsOnPanels(String userId) {
				return true;
			}

			@Override
			public void rememberLanguage(String userId, String language) {
				// English it stays
			}
		};
	}

}
