package org.hireflow.platform.process;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Validates what a person submits with a user task before the engine completes it,
 * whatever the client (Tasklist, engine REST, webapps' API, Java): first that the person
 * may work on the task (403 otherwise, before anything is validated), then that only the
 * task's declared inputs are submitted and that they fit — a rejected input fails the
 * completion with a form validation error, a 400 on the REST APIs, and the task stays
 * open. Inputs are kept task-local: nothing a person submits reaches the process except
 * through the task's handler. Task listeners could not do this: the engine wraps every
 * listener exception into a generic one (a 500).
 */
@Component
public class TaskCompletionGuard extends CommandInterceptor implements ProcessEnginePlugin {

	private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");

	private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");

	private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");

	private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

	private static final Field CLAIM_TASK_ID = field(ClaimTaskCmd.class, "taskId");

	private static final Field CLAIM_USER_ID = field(ClaimTaskCmd.class, "userId");

	/**
	 * Looked up lazily: the handlers depend on services that depend on the engine this
	 * plugin configures.
	 */
	private final ObjectProvider<UserTaskHandler<?>> handlerBeans;

	private volatile Map<String, UserTaskHandler<?>> handlers;

	TaskCompletionGuard(ObjectProvider<UserTaskHandler<?>> handlerBeans) {
		this.handlerBeans = handlerBeans;
	}

	private Map<String, UserTaskHandler<?>> handlers() {
		if (handlers == null) {
			Map<String, UserTaskHandler<?>> byKey = new HashMap<>();
			handlerBeans.orderedStream().forEach(handler -> handler.taskKeys().forEach(key -> byKey.put(key, handler)));
			handlers = byKey;
		}
		return handlers;
	}

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof CompleteTaskCmd) {
			check(command, COMPLETE_TASK_ID, COMPLETE_VARIABLES);
		}
		else if (command instanceof SubmitTaskFormCmd) {
			check(command, SUBMIT_TASK_ID, SUBMIT_VARIABLES);
		}
		else if (command instanceof ClaimTaskCmd) {
			checkClaim(command);
		}
		return next.execute(command);
	}

	/**
	 * A person claims a task offered to them (or their group) for themselves, and gives
	 * back only one they hold and were offered: the engine's grant by process definition
	 * does not say whose a task is.
	 */
	private static void checkClaim(Object command) {
		Authentication user = Context.getCommandContext().getAuthentication();
		if (user == null || user.getUserId() == null || isAdmin(Context.getProcessEngineConfiguration(), user)
				|| !(read(CLAIM_TASK_ID, command) instanceof String id)) {
			return;
		}
		TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(id);
		if (task == null) {
			return;
		}
		String me = user.getUserId();
		Object claimant = read(CLAIM_USER_ID, command);
		boolean candidate = isCandidate(task, user);
		boolean allowed = claimant == null ? me.equals(task.getAssignee()) && candidate
				: me.equals(claimant) && candidate && (task.getAssignee() == null || me.equals(task.getAssignee()));
		if (!allowed) {
			throw new AuthorizationException("You may not claim or give back this task.");
		}
	}

	/**
	 * Validates the submitted inputs and keeps them task-local: the engine would
	 * otherwise write variables given to {@code complete} straight into the process,
	 * where every later assignee could read them.
	 */
	private void check(Object command, Field taskIdField, Field variablesField) {
		if (!(read(taskIdField, command) instanceof String id)) {
			return;
		}
		TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(id);
		if (task == null || task.getTaskDefinitionKey() == null) {
			return; // the engine answers "task not found" itself
		}
		checkWorker(task);
		UserTaskHandler<?> handler = handlers().get(task.getTaskDefinitionKey());
		@SuppressWarnings("unchecked")
		Map<String, Object> submitted = read(variablesField, command) instanceof Map<?, ?> map
				? (Map<String, Object>) map : Map.of();
		Set<String> inputs = handler == null ? Set.of() : handler.inputs();
		submitted.keySet().stream().filter(name -> !inputs.contains(name)).findFirst().ifPresent(name -> {
			throw new TaskInputRejected(name, "refusal.not-an-input", "is not an input of this task");
		});
		if (handler != null) {
			handler.validate(task, submitted);
		}
		submitted.forEach(task::setVariableLocal);
		write(variablesField, command, Variables.createVariables());
	}

	/**
	 * Authorization before validation: a person who may not work on the task learns
	 * nothing from its inputs' rules. Administrators and the service itself (no engine
	 * user) pass; the engine checks its own permissions after.
	 */
	private static void checkWorker(TaskEntity task) {
		Authentication user = Context.getCommandContext().getAuthentication();
		ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
		if (user == null || user.getUserId() == null || isAdmin(engine, user)) {
			return;
		}
		if (!(user.getUserId().equals(task.getAssignee()) || (task.getAssignee() == null && isCandidate(task, user)))) {
			throw new AuthorizationException("You may not work on this task.");
		}
	}

	private static boolean isCandidate(TaskEntity task, Authentication user) {
		return task.getIdentityLinks()
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.anyMatch(link -> user.getUserId().equals(link.getUserId()) || (link.getGroupId() != null
					&& user.getGroupIds() != null && user.getGroupIds().contains(link.getGroupId())));
	}

	private static boolean isAdmin(ProcessEngineConfigurationImpl engine, Authentication user) {
		List<String> adminUsers = engine.getAdminUsers() == null ? List.of() : engine.getAdminUsers();
		List<String> adminGroups = engine.getAdminGroups() == null ? List.of() : engine.getAdminGroups();
		return adminUsers.contains(user.getUserId())
				|| (user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(adminGroups::contains));
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
			configuration.setCustomPostCommandInterceptorsTxRequired(new java.util.ArrayList<>());
		}
		configuration.getCustomPostCommandInterceptorsTxRequired().add(this);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
	}

	@Override
	public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {
	}

	private static Field field(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException("This Camunda version's " + type.getSimpleName() + " has no field " + name
					+ "; TaskCompletionGuard must be adapted", ex);
		}
	}

	private static void write(Field field, Object command, Object value) {
		try {
			field.set(command, value);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object read(Field field, Object command) {
		try {
			return field.get(command);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
