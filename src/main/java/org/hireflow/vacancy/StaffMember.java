package org.hireflow.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A staff member working on a vacancy: a recruiter who screens, or a panel member (one of
 * whom chairs).
 */
@Embeddable
public record StaffMember(@Column(name = "user_id") String userId, @Enumerated(EnumType.STRING) Role role,
		boolean chair) {

	public enum Role {

		RECRUITER, PANEL

	}

	public static StaffMember recruiter(String userId) {
		return new StaffMember(userId, Role.RECRUITER, false);
	}

	public static StaffMember panel(String userId, boolean chair) {
		return new StaffMember(userId, Role.PANEL, chair);
	}

}
