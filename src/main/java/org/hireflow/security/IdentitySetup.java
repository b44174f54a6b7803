package org.hireflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.hireflow.platform.process.ProcessIds;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the role groups exist with what each role may do in the engine, in every
 * profile: staff may use Tasklist and read process definitions (to render their tasks);
 * tasks themselves become visible through the engine's own grants to assignees and
 * candidate users/groups. Idempotent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class IdentitySetup implements ApplicationRunner {

	private final IdentityService identity;

	private final AuthorizationService authorizations;

	IdentitySetup(IdentityService identity, AuthorizationService authorizations) {
		this.identity = identity;
		this.authorizations = authorizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		ensureGroup(Roles.GROUP_ADMIN, "Administrators", "SYSTEM");
		ensureGroup(Roles.GROUP_RECRUITERS, "Recruiters", "WORKFLOW");
		ensureGroup(Roles.GROUP_HIRING_MANAGERS, "Hiring managers", "WORKFLOW");
		ensureGroup(Roles.GROUP_HR, "HR officers", "WORKFLOW");
		ensureGroup(Roles.GROUP_PANEL, "Panel members", "WORKFLOW");
		// what Camunda's own first-run setup grants its administrators: everything
		for (Resources resource : Resources.values()) {
			grant(Roles.GROUP_ADMIN, resource, Authorization.ANY, Permissions.ALL);
		}
		for (String group : new String[] { Roles.GROUP_RECRUITERS, Roles.GROUP_HIRING_MANAGERS, Roles.GROUP_HR,
				Roles.GROUP_PANEL }) {
			grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
			// tasks by process definition, not one row per task (TaskGrants); one
			// person's tasks: TaskPeople
			for (String process : ProcessIds.PROCESSES_WITH_TASKS) {
				grant(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ_TASK);
				grant(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.TASK_WORK);
			}
		}
		// Cockpit and Admin are for administrators only (an earlier version let HR into
		// Cockpit)
		revoke(Roles.GROUP_HR, Resources.APPLICATION, "cockpit");
	}

	private void revoke(String groupId, Resource resource, String resourceId) {
		authorizations.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.list()
			.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
	}

	void ensureGroup(String id, String name, String type) {
		if (identity.createGroupQuery().groupId(id).count() == 0) {
			Group group = identity.newGroup(id);
			group.setName(name);
			group.setType(type);
			identity.saveGroup(group);
		}
	}

	/**
	 * Grants {@code permission} on one resource to a group unless an equal grant exists.
	 */
	public void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		Authorization existing = authorizations.createAuthorizationQuery()
			.authorizationType(AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.singleResult();
		if (existing == null) {
			Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
			grant.setGroupId(groupId);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
			grant.addPermission(permission);
			authorizations.saveAuthorization(grant);
		}
		else if (!existing.isPermissionGranted(permission)) {
			existing.addPermission(permission);
			authorizations.saveAuthorization(existing);
		}
	}

}
