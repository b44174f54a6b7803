package org.hireflow.platform.process;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Validates what a person submits with a user task before the engine completes it, whatever the client
 * (Tasklist, engine REST, webapps' API, Java): a rejected input fails the completion with a form validation
 * error — a 400 on the REST APIs — and the task stays open. Task listeners could not do this: the engine wraps
 * every listener exception into a generic one (a 500).
 */
@Component
public class TaskCompletionGuard extends CommandInterceptor implements ProcessEnginePlugin {

	private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");

	private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");

	private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");

	private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");

	/** Looked up lazily: the handlers depend on services that depend on the engine this plugin configures. */
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
		return next.execute(command);
	}

	/**
	 * Validates the submitted inputs and keeps them task-local: the engine would otherwise write variables given to
	 * {@code complete} straight into the process, where every later assignee could read them.
	 */
	private void check(Object command, Field taskIdField, Field variablesField) {
		if (!(read(taskIdField, command) instanceof String id)) {
			return;
		}
		TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(id);
		if (task == null || task.getTaskDefinitionKey() == null) {
			return; // the engine answers "task not found" itself
		}
		UserTaskHandler<?> handler = handlers().get(task.getTaskDefinitionKey());
		if (handler == null) {
			return;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> submitted = read(variablesField, command) instanceof Map<?, ?> map
				? (Map<String, Object>) map : Map.of();
		handler.validate(task, submitted);
		VariableMap rest = Variables.createVariables();
		submitted.forEach((name, value) -> {
			if (handler.inputs().contains(name)) {
				task.setVariableLocal(name, value);
			}
			else {
				rest.put(name, value);
			}
		});
		write(variablesField, command, rest);
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
