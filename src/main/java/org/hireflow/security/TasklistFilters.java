package org.hireflow.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.hireflow.platform.process.ProcessIds;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters each role starts with, created once and readable by the groups
 * they serve — so a new member of a group sees them at their first login. Their queries
 * use expressions ({@code ${currentUser()}}), which only administrators can store (see
 * {@link EngineQueryGuard}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TasklistFilters implements ApplicationRunner {

	private static final String ME = "${currentUser()}";

	private static final String MY_GROUPS = "${currentUserGroups()}";

	/** Replaced by "Assigned to me" and "Offered to me" (issue 12). */
	static final String RETIRED_MY_TASKS = "My tasks";

	private static final String RETIRED_MY_TASKS_DESCRIPTION = "Everything assigned to me or offered to me or my groups";

	private static final List<String> ALL_STAFF = List.of(Roles.GROUP_RECRUITERS, Roles.GROUP_HIRING_MANAGERS,
			Roles.GROUP_HR, Roles.GROUP_PANEL);

	private final FilterService filters;

	private final TaskService tasks;

	private final IdentitySetup identity;

	TasklistFilters(FilterService filters, TaskService tasks, IdentitySetup identity) {
		this.filters = filters;
		this.tasks = tasks;
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		// "assigned to me OR offered to me" in one filter made PostgreSQL join every open
		// task with every identity link (357 ms for a user with no task at 114,000 open
		// tasks); each half alone is answered from an index (1 ms)
		retire(RETIRED_MY_TASKS, RETIRED_MY_TASKS_DESCRIPTION);
		ensure("Assigned to me", 0, "Everything assigned to me", ALL_STAFF,
				tasks.createTaskQuery().taskAssigneeExpression(ME).orderByDueDate().asc());
		ensure("Offered to me", 5, "Everything offered to me or my groups that nobody has taken yet", ALL_STAFF,
				tasks.createTaskQuery().taskCandidateUserExpression(ME).orderByDueDate().asc());
		ensure("My screening queue", 10, "Applications waiting for my screening, oldest first",
				List.of(Roles.GROUP_RECRUITERS),
				tasks.createTaskQuery()
					.taskCandidateUserExpression(ME)
					.includeAssignedTasks()
					.taskDefinitionKey(ProcessIds.TASK_SCREEN_APPLICATION)
					.orderByTaskCreateTime()
					.asc());
		ensure("My panel evaluations", 20,
				"Conflicts of interest to declare, and candidates I interviewed and have not evaluated yet",
				List.of(Roles.GROUP_PANEL),
				tasks.createTaskQuery()
					.taskAssigneeExpression(ME)
					.taskDefinitionKeyIn(ProcessIds.TASK_DECLARE_INTERESTS, ProcessIds.TASK_EVALUATE_CANDIDATE)
					.orderByDueDate()
					.asc());
		ensure("My approvals and decisions", 30, "Requisitions, unfilled posts, calibrations and decisions",
				List.of(Roles.GROUP_HIRING_MANAGERS, Roles.GROUP_PANEL),
				tasks.createTaskQuery()
					.taskAssigneeExpression(ME)
					.taskDefinitionKeyIn(ProcessIds.TASK_APPROVE_AS_HIRING_MANAGER,
							ProcessIds.TASK_DECIDE_ON_UNFILLED_POSTS, ProcessIds.TASK_JUSTIFY_CALIBRATION,
							ProcessIds.TASK_DECIDE_ON_CANDIDATE)
					.orderByDueDate()
					.asc());
		ensure("Offers and clearances", 40, "Requisitions, panels to complete, offers to approve, clearances to record",
				List.of(Roles.GROUP_HR),
				tasks.createTaskQuery()
					.taskCandidateGroup(Roles.GROUP_HR)
					.includeAssignedTasks()
					.taskDefinitionKeyIn(ProcessIds.TASK_APPROVE_AS_HR, ProcessIds.TASK_APPOINT_PANEL_MEMBER,
							ProcessIds.TASK_APPROVE_OFFER, ProcessIds.TASK_RECORD_SECURITY_CLEARANCE,
							ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE)
					.orderByDueDate()
					.asc());
		ensure("Overdue", 50, "My tasks past their due date", ALL_STAFF,
				tasks.createTaskQuery()
					.or()
					.taskAssigneeExpression(ME)
					.taskCandidateUserExpression(ME)
					.taskCandidateGroupInExpression(MY_GROUPS)
					.endOr()
					.dueBeforeExpression("${now()}")
					.orderByDueDate()
					.asc());
	}

	/** A filter an earlier version created, deleted (only if it is still ours). */
	private void retire(String name, String description) {
		for (Filter filter : filters.createFilterQuery().filterName(name).list()) {
			if (description.equals(filter.getProperties().get("description"))) {
				filters.deleteFilter(filter.getId());
			}
		}
	}

	private void ensure(String name, int priority, String description, List<String> groups, TaskQuery query) {
		Filter filter = filters.createFilterQuery().filterName(name).singleResult();
		// an existing filter takes this version's query and description
		Map<String, Object> properties = new LinkedHashMap<>();
		if (filter == null) {
			filter = filters.newTaskFilter(name);
			properties.put("priority", priority);
			properties.put("refresh", true);
		}
		else if (filter.getProperties() != null) {
			properties.putAll(filter.getProperties());
		}
		properties.put("description", description);
		filter.setProperties(properties);
		filter.setQuery(query);
		filters.saveFilter(filter);
		String id = filter.getId();
		groups.forEach(group -> identity.grant(group, Resources.FILTER, id, Permissions.READ));
	}

}
