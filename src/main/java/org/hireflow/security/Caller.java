package org.hireflow.security;

import java.util.List;
import java.util.Set;

/**
 * A signed-in staff member as a request presents them — through HTTP Basic or the
 * webapps' session — with the Camunda groups they belong to.
 */
public record Caller(String id, Set<String> groups) {

	public Caller {
		groups = Set.copyOf(groups);
	}

	/**
	 * Administrators keep the engine's whole surface (Cockpit, Admin, every engine call),
	 * audited.
	 */
	public boolean admin() {
		return groups.contains(Roles.GROUP_ADMIN);
	}

	/** In at least one of the organisation's role groups: someone Tasklist is for. */
	public boolean staff() {
		return groups.stream().anyMatch(group -> Roles.roleOfGroup(group).isPresent());
	}

	public List<String> groupList() {
		return List.copyOf(groups);
	}

}
