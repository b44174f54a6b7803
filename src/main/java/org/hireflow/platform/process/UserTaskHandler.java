package org.hireflow.platform.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hireflow.platform.domain.DomainException;

/**
 * The glue of one kind of user task, bound in the model as its create and complete
 * listener:
 * <ul>
 * <li>on create, the task's name says whose it is ({@link TaskLabel}), and its
 * {@link #inputs()} are declared task-local, so what a person submits stays with the task
 * instead of landing in the process (where every assignee could read it);</li>
 * <li>before completion ({@link TaskCompletionGuard}) and again on completion, the inputs
 * are turned into a command, which validates them — a 400 to any client when they do not
 * fit;</li>
 * <li>on completion the command is applied through one service call, and the inputs are
 * removed.</li>
 * </ul>
 *
 * @param <C> the validated command a completed task carries
 */
public abstract class UserTaskHandler<C> implements TaskListener {

	/** The BPMN id(s) of the user task(s) this handler serves. */
	public abstract Set<String> taskKeys();

	/** The names of the values a person submits with the task. */
	public abstract Set<String> inputs();

	/**
	 * Reads and validates the submitted values; throws {@link TaskInputRejected} or a
	 * {@link DomainException}.
	 */
	protected abstract C command(DelegateTask task, TaskInputs inputs);

	/**
	 * Records the command through a service and sets the decision variables the model's
	 * gateways need.
	 */
	protected abstract void apply(DelegateTask task, C command);

	/** The application the task's process is about. */
	protected static long applicationId(DelegateTask task) {
		return ProcessVariables.applicationId(task);
	}

	/** The vacancy the task's process is about. */
	protected static long vacancyId(DelegateTask task) {
		return ProcessVariables.vacancyId(task);
	}

	/**
	 * Anything to prepare when the task is created (assignment, due date are in the
	 * model).
	 */
	protected void created(DelegateTask task) {
	}

	@Override
	public void notify(DelegateTask task) {
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> {
				task.setName(TaskLabel.of(task.getName(), task.getExecution().getProcessBusinessKey(),
						(String) task.getVariable(ProcessIds.VAR_VACANCY_TITLE)));
				inputs().forEach(name -> task.setVariableLocal(name, null));
				created(task);
			}
			case EVENTNAME_COMPLETE -> {
				apply(task, validate(task, Map.of()));
				inputs().forEach(task::removeVariableLocal);
			}
			default -> {
			}
		}
	}

	/** The command the task would complete with, given what is being submitted now. */
	public final C validate(DelegateTask task, Map<String, Object> submitted) {
		Map<String, Object> values = new HashMap<>();
		inputs().forEach(name -> values.put(name, task.getVariableLocal(name)));
		submitted.forEach((name, value) -> {
			if (inputs().contains(name)) {
				values.put(name, value);
			}
		});
		try {
			return command(task, TaskInputs.of(values));
		}
		catch (DomainException refusal) {
			throw new TaskInputRejected("task", refusal.getLocalizedMessage());
		}
	}

}
