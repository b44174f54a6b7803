package org.hireflow.security.engineapi;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.security.Caller;

import org.springframework.stereotype.Component;

/**
 * How a staff member stands to one task, read from the task itself (assignee, owner,
 * candidate users and groups) — not from the engine's authorization rows, so the answer
 * is the same whatever authorizations the engine keeps. Runs without an engine user: the
 * firewall asks before the engine is told who is calling.
 */
@Component
public class TaskRelations {

	private final TaskService tasks;

	public TaskRelations(TaskService tasks) {
		this.tasks = tasks;
	}

	/**
	 * The caller's relation to the task, empty when the task does not exist or is nothing
	 * to them.
	 */
	public Optional<Relation> of(String taskId, Caller caller) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return Optional.empty();
		}
		List<IdentityLink> links = tasks.getIdentityLinksForTask(taskId);
		boolean candidate = links.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.anyMatch(link -> caller.id().equals(link.getUserId())
					|| (link.getGroupId() != null && caller.groups().contains(link.getGroupId())));
		Relation relation = new Relation(task.getAssignee(), caller.id().equals(task.getAssignee()), candidate,
				caller.id().equals(task.getOwner()));
		return relation.visible() ? Optional.of(relation) : Optional.empty();
	}

	/** What the caller is to a task. */
	public record Relation(String assignee, boolean assignedToCaller, boolean candidate, boolean owner) {

		boolean visible() {
			return assignedToCaller || candidate || owner;
		}

		boolean mayClaim() {
			return candidate && (assignee == null || assignedToCaller);
		}

		boolean mayUnclaim() {
			return assignedToCaller && candidate;
		}

		boolean mayWork() {
			return assignedToCaller || (assignee == null && candidate);
		}

	}

}
