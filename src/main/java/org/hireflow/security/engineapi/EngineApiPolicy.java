package org.hireflow.security.engineapi;

import static org.hireflow.security.engineapi.EngineApiCall.Api.ENGINE_REST;
import static org.hireflow.security.engineapi.EngineApiCall.Api.WEBAPP;
import static org.hireflow.security.engineapi.EngineApiCall.Api.WEBAPP_ENGINE;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.hireflow.security.engineapi.EngineApiCall.Api;

/**
 * What the engine APIs answer to anyone but an administrator: exactly the calls Tasklist
 * and the service's users need, and nothing else. A call no rule names is refused (403) —
 * closed by default. Administrators keep everything (Cockpit, Admin), and their changes
 * are audited ({@link AdminActions}).
 * <p>
 * A process variable therefore changes only through a task's declared inputs at
 * completion (checked by the task-completion guard) or a delegate: variables, local
 * variables, BPMN errors and escalations, delegation, assignee changes, process
 * instances, history, deployments, jobs, incidents, messages, signals, executions and
 * identity writes are all outside the list.
 */
public final class EngineApiPolicy {

	/** What the caller must be, beyond matching a rule. */
	public enum Check {

		/**
		 * Anyone, signed in or not: the webapps' login, their static plugin assets, the
		 * engine list.
		 */
		ANYONE,

		/**
		 * Any member of a role group; the engine's own authorizations then limit what the
		 * call returns.
		 */
		STAFF,

		/**
		 * The task (path segment 1) is assigned to the caller, owned by them or offered
		 * to them or their groups.
		 */
		TASK_VISIBLE,

		/** Offered to the caller or their groups, and not assigned to someone else. */
		TASK_CLAIM,

		/**
		 * Assigned to the caller, who is also among its candidates (a task the process
		 * assigned stays put).
		 */
		TASK_UNCLAIM,

		/** Assigned to the caller, or unassigned and offered to them. */
		TASK_WORK,

		/** The user in path segment 1 is the caller. */
		SELF,

		/** The query parameter {@code member} or {@code userId} names the caller. */
		SELF_QUERY

	}

	/**
	 * One allowed call: the APIs, the methods, the path pattern — {@code {id}} one engine
	 * id (a UUID: the engine's "strong" id generator, Camunda's default in Spring Boot),
	 * {@code {definition}} one process definition id ({@code key:version:uuid}),
	 * {@code *} any one segment, {@code **} the rest. A collection word such as
	 * {@code count} or {@code statistics} is never taken for an id.
	 */
	public record Rule(Set<Api> apis, Set<String> methods, List<String> pattern, Check check, String purpose) {

		boolean matches(EngineApiCall call) {
			if (!apis.contains(call.api()) || !methods.contains(call.method())) {
				return false;
			}
			List<String> segments = call.segments();
			for (int i = 0; i < pattern.size(); i++) {
				String part = pattern.get(i);
				if (part.equals("**")) {
					return true;
				}
				if (i >= segments.size() || !matches(part, segments.get(i))) {
					return false;
				}
			}
			return segments.size() == pattern.size();
		}

		private static boolean matches(String part, String segment) {
			return switch (part) {
				case "*" -> true;
				case "{id}" -> ENGINE_ID.matcher(segment).matches();
				case "{definition}" -> DEFINITION_ID.matcher(segment).matches();
				default -> part.equals(segment);
			};
		}

		public String path() {
			return "/" + String.join("/", pattern);
		}

	}

	private static final Set<Api> ENGINE = Set.of(ENGINE_REST, WEBAPP_ENGINE);

	private static final Pattern ENGINE_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern DEFINITION_ID = Pattern.compile("[^:]+:\\d+:[0-9a-f-]{36}");

	public static final List<Rule> RULES = List.of(
			// the webapps' login and what their pages load before it
			rule(Set.of(WEBAPP), "GET", "admin/auth/user/*", Check.ANYONE, "who is signed in"),
			rule(Set.of(WEBAPP), "POST", "admin/auth/user/*/login/*", Check.ANYONE, "sign in to a webapp"),
			rule(Set.of(WEBAPP), "POST", "admin/auth/user/*/logout", Check.ANYONE, "sign out"),
			rule(Set.of(WEBAPP), "GET", "*/plugin/*/static/**", Check.ANYONE, "the webapps' plugin scripts and styles"),
			rule(Set.of(WEBAPP_ENGINE), "GET", "engine", Check.ANYONE, "the list of engines (login page)"),
			rule(Set.of(ENGINE_REST), "GET", "engine", Check.STAFF, "the list of engines"),
			// Tasklist: filters and task lists (the engine's authorizations limit what
			// they return)
			rule(ENGINE, "GET|OPTIONS", "filter", Check.STAFF, "the filters the user may read"),
			rule(ENGINE, "GET", "filter/count", Check.STAFF, "how many filters"),
			rule(ENGINE, "GET", "filter/{id}", Check.STAFF, "one filter"),
			rule(ENGINE, "GET|POST", "filter/{id}/list", Check.STAFF, "a filter's tasks"),
			rule(ENGINE, "GET|POST", "filter/{id}/count", Check.STAFF, "a filter's task count"),
			rule(ENGINE, "GET|POST", "task", Check.STAFF, "query the tasks the user may see"),
			rule(ENGINE, "GET|POST", "task/count", Check.STAFF, "count the tasks the user may see"),
			// Tasklist: one task, its form, claiming and completing it
			rule(ENGINE, "GET", "task/{id}", Check.TASK_VISIBLE, "a task"),
			rule(ENGINE, "GET", "task/{id}/form", Check.TASK_VISIBLE, "a task's form key"),
			rule(ENGINE, "GET", "task/{id}/deployed-form", Check.TASK_VISIBLE, "a task's Camunda Form"),
			rule(ENGINE, "GET", "task/{id}/form-variables", Check.TASK_VISIBLE, "the values a task's form shows"),
			rule(ENGINE, "GET", "task/{id}/identity-links", Check.TASK_VISIBLE, "who a task is offered to"),
			rule(ENGINE, "POST", "task/{id}/claim", Check.TASK_CLAIM, "claim a task offered to me"),
			rule(ENGINE, "POST", "task/{id}/unclaim", Check.TASK_UNCLAIM, "give a claimed task back"),
			rule(ENGINE, "POST", "task/{id}/complete", Check.TASK_WORK,
					"complete a task (inputs checked by the guard)"),
			rule(ENGINE, "POST", "task/{id}/submit-form", Check.TASK_WORK, "submit a task's form (inputs checked)"),
			rule(ENGINE, "GET", "process-definition/{definition}", Check.STAFF, "the process a task belongs to"),
			rule(ENGINE, "GET", "process-definition/{definition}/xml", Check.STAFF, "its diagram"),
			// the user's own profile and groups
			rule(ENGINE, "GET", "user/*/profile", Check.SELF, "my profile"),
			rule(ENGINE, "GET", "group", Check.SELF_QUERY, "my groups (?member=me)"),
			rule(ENGINE, "GET", "identity/groups", Check.SELF_QUERY, "my groups (?userId=me)"));

	private EngineApiPolicy() {
	}

	private static Rule rule(Set<Api> apis, String methods, String pattern, Check check, String purpose) {
		return new Rule(apis, Set.of(methods.split("\\|")), Arrays.asList(pattern.split("/")), check, purpose);
	}

	/** The rule that lets a non-administrator make this call, if any. */
	public static Optional<Rule> ruleFor(EngineApiCall call) {
		return RULES.stream().filter(rule -> rule.matches(call)).findFirst();
	}

}
