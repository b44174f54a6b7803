package org.hireflow.platform.process;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Bound to the service task after a non-interrupting "overdue" timer (input parameter
 * {@code overdueTask}: the task's BPMN id). Publishes a {@link TaskOverdue} for every
 * still-open instance of that task, addressed to its assignee, or to its candidate users
 * when nobody has claimed it, or to the members of its candidate groups when it names no
 * users.
 */
@Component("escalateOverdueTask")
class OverdueTaskEscalation implements JavaDelegate {

	private final TaskService tasks;

	private final IdentityService identities;

	private final ApplicationEventPublisher publisher;

	OverdueTaskEscalation(TaskService tasks, IdentityService identities, ApplicationEventPublisher publisher) {
		this.tasks = tasks;
		this.identities = identities;
		this.publisher = publisher;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String taskKey = (String) execution.getVariable(ProcessIds.VAR_OVERDUE_TASK);
		// the step as the model names it: the task's own name also carries the reference
		// and the vacancy title (TaskLabel), which the reminder says on its own
		FlowElement step = execution.getBpmnModelInstance().getModelElementById(taskKey);
		for (Task task : tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(taskKey)
			.list()) {
			publisher.publishEvent(new TaskOverdue(execution.getProcessBusinessKey(), task.getId(), taskKey,
					step != null && step.getName() != null ? step.getName() : task.getName(), recipients(task),
					task.getDueDate() == null ? null : task.getDueDate().toInstant()));
		}
	}

	private List<String> recipients(Task task) {
		if (task.getAssignee() != null) {
			return List.of(task.getAssignee());
		}
		Set<String> users = new LinkedHashSet<>();
		for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
				users.add(link.getUserId());
			}
		}
		if (users.isEmpty()) {
			// a group's task (HR's clearances): every member of the group
			for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
					identities.createUserQuery()
						.memberOfGroup(link.getGroupId())
						.list()
						.forEach(user -> users.add(user.getId()));
				}
			}
		}
		return List.copyOf(users);
	}

}
