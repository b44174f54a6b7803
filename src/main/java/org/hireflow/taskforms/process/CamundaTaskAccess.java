package org.hireflow.taskforms.process;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskLabel;
import org.hireflow.platform.process.TaskPeople;
import org.hireflow.taskforms.TaskAccess;

import org.springframework.stereotype.Component;

/**
 * A task is visible to the person it is assigned to, owned by or offered to (themselves
 * or one of their groups) — the same rule as the engine APIs' ({@link TaskPeople}) —
 * whatever its id; anything else is simply not found.
 */
@Component
class CamundaTaskAccess implements TaskAccess {

	private final TaskPeople people;

	private final TaskService tasks;

	CamundaTaskAccess(TaskPeople people, TaskService tasks) {
		this.people = people;
		this.tasks = tasks;
	}

	@Override
	public Optional<VisibleTask> visible(String taskId, String userId, List<String> groupIds) {
		return people.of(taskId, userId, groupIds).flatMap(relation -> {
			Object applicationId = tasks.getVariable(taskId, ProcessIds.VAR_APPLICATION_ID);
			if (!(applicationId instanceof Number id)) {
				return Optional.empty();
			}
			return Optional.of(new VisibleTask(relation.task().getTaskDefinitionKey(),
					TaskLabel.step(relation.task().getName()), id.longValue(), relation.task().getAssignee()));
		});
	}

}
