package org.hireflow.security.engineapi;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.hireflow.platform.process.TaskPeople;
import org.hireflow.platform.process.TaskPeople.Relation;
import org.hireflow.platform.web.ProblemWriter;
import org.hireflow.security.Caller;
import org.hireflow.security.Callers;
import org.hireflow.security.engineapi.EngineApiCall.Api;
import org.hireflow.security.engineapi.EngineApiPolicy.Check;
import org.hireflow.security.engineapi.EngineApiPolicy.Rule;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The engine APIs closed by default ({@link EngineApiPolicy}): every call to
 * {@code /engine-rest} and to the webapps' APIs is decided here, before the engine sees
 * it and before its body is read — a stranger to a task gets the same 404 whatever they
 * send. Administrators pass, and what they change is recorded.
 */
public class EngineApiFirewall extends OncePerRequestFilter {

	private final String webappPath;

	private final TaskPeople tasks;

	private final AdminActions adminActions;

	private final ProblemWriter problems;

	public EngineApiFirewall(String webappPath, TaskPeople tasks, AdminActions adminActions, ProblemWriter problems) {
		this.webappPath = webappPath;
		this.tasks = tasks;
		this.adminActions = adminActions;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return EngineApiCall.of(request, webappPath).isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		EngineApiCall call = EngineApiCall.of(request, webappPath).orElseThrow();
		Optional<Caller> caller = Callers.of(request);
		if (caller.isPresent() && caller.get().admin()) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (AdminActions.isChange(call)) {
					adminActions.record(caller.get().id(), call, response.getStatus());
				}
			}
			return;
		}
		Optional<Rule> rule = EngineApiPolicy.ruleFor(call);
		if (rule.isPresent() && rule.get().check() == Check.ANYONE) {
			chain.doFilter(request, response);
			return;
		}
		if (caller.isEmpty()) {
			// no Basic challenge here: the webapps' own login page answers a browser,
			// never its sign-in dialog
			refuse(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
					"Sign in with your staff account.");
			return;
		}
		if (rule.isEmpty() || !caller.get().staff()) {
			refuse(response, HttpStatus.FORBIDDEN, "engine-call-refused", "Not allowed",
					"This engine call is reserved to administrators.");
			return;
		}
		if (allowed(rule.get().check(), call, caller.get(), request, response)) {
			chain.doFilter(request, response);
		}
	}

	private boolean allowed(Check check, EngineApiCall call, Caller caller, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return switch (check) {
			case ANYONE, STAFF -> true;
			case SELF -> self(caller, call.segment(1), response);
			case SELF_QUERY ->
				self(caller, Optional.ofNullable(request.getParameter("member")).orElse(request.getParameter("userId")),
						response);
			case TASK_VISIBLE, TASK_CLAIM, TASK_UNCLAIM, TASK_WORK -> task(check, call.segment(1), caller, response);
		};
	}

	private boolean self(Caller caller, String userId, HttpServletResponse response) throws IOException {
		if (caller.id().equals(userId)) {
			return true;
		}
		refuse(response, HttpStatus.FORBIDDEN, "engine-call-refused", "Not allowed",
				"Only your own profile and groups can be read.");
		return false;
	}

	private boolean task(Check check, String taskId, Caller caller, HttpServletResponse response) throws IOException {
		Optional<Relation> relation = tasks.of(taskId, caller.id(), caller.groupList());
		if (relation.isEmpty()) {
			refuse(response, HttpStatus.NOT_FOUND, "task-not-found", "Task not found",
					"No task with this id is visible to you.");
			return false;
		}
		Relation to = relation.get();
		boolean allowed = switch (check) {
			case TASK_CLAIM -> to.mayClaim();
			case TASK_UNCLAIM -> to.mayUnclaim();
			case TASK_WORK -> to.mayWork();
			default -> true;
		};
		if (!allowed) {
			refuse(response, HttpStatus.FORBIDDEN, "task-not-yours", "Not your task", to.assignedToSomeoneElse()
					? "This task is assigned to someone else." : "This task is not yours to change.");
		}
		return allowed;
	}

	/**
	 * A problem detail that Tasklist can show too: Camunda's error format carries the
	 * text in "message".
	 */
	private void refuse(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		problems.write(response, status, type, title, detail, Map.of("message", detail));
	}

}
