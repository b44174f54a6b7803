package org.hireflow.taskforms.process;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.taskforms.TaskAccess;

import org.springframework.stereotype.Component;

/**
 * Asks the engine as the person themselves: with their authentication set, a task they
 * may not read is simply not found (Camunda's authorizations), whatever its id.
 */
@Component
class CamundaTaskAccess implements TaskAccess {

	private final TaskService tasks;

	private final IdentityService identity;

	CamundaTaskAccess(TaskService tasks, IdentityService identity) {
		this.tasks = tasks;
		this.identity = identity;
	}

	@Override
	public Optional<VisibleTask> visible(String taskId, String userId, List<String> groupIds) {
		identity.setAuthentication(userId, groupIds);
		try {
			Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
			if (task == null) {
				return Optional.empty();
			}
			Object applicationId = tasks.getVariable(taskId, ProcessIds.VAR_APPLICATION_ID);
			if (!(applicationId instanceof Number id)) {
				return Optional.empty();
			}
			return Optional.of(new VisibleTask(task.getTaskDefinitionKey(), id.longValue(), task.getAssignee()));
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
