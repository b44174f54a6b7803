package org.hireflow.security;

import java.util.Map;
import java.util.Optional;

/**
 * The organisation's roles and the Camunda groups that grant them. Groups are the single
 * source: a user's roles are the roles of their groups.
 */
public final class Roles {

	public static final String ADMIN = "ADMIN";

	public static final String RECRUITER = "RECRUITER";

	public static final String HIRING_MANAGER = "HIRING_MANAGER";

	public static final String HR = "HR";

	public static final String PANEL = "PANEL";

	/** Camunda's own administrators group, as in Camunda's distributions. */
	public static final String GROUP_ADMIN = "camunda-admin";

	public static final String GROUP_RECRUITERS = "recruiters";

	public static final String GROUP_HIRING_MANAGERS = "hiringManagers";

	public static final String GROUP_HR = "hr";

	public static final String GROUP_PANEL = "panelMembers";

	private static final Map<String, String> ROLE_OF_GROUP = Map.of(GROUP_ADMIN, ADMIN, GROUP_RECRUITERS, RECRUITER,
			GROUP_HIRING_MANAGERS, HIRING_MANAGER, GROUP_HR, HR, GROUP_PANEL, PANEL);

	private Roles() {
	}

	public static Optional<String> roleOfGroup(String groupId) {
		return Optional.ofNullable(ROLE_OF_GROUP.get(groupId));
	}

	public static Map<String, String> roleGroups() {
		return ROLE_OF_GROUP;
	}

}
