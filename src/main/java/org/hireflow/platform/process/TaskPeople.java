package org.hireflow.platform.process;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Who a task is for, read from the task itself — its assignee, owner, candidate users and
 * groups — and never from the engine's authorization rows: the engine grants staff their
 * tasks by process definition (one row per group, not one per task, so that task lists
 * stay fast at any number of open tasks), and the one-person rules are these. Every
 * caller asks without an engine user set, so the engine's own checks do not narrow the
 * answer.
 */
@Component
public class TaskPeople {

	private final TaskService tasks;

	TaskPeople(TaskService tasks) {
		this.tasks = tasks;
	}

	/**
	 * The person's relation to the task; empty when the task does not exist or is nothing
	 * to them.
	 */
	public Optional<Relation> of(String taskId, String userId, List<String> groupIds) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return Optional.empty();
		}
		List<IdentityLink> links = tasks.getIdentityLinksForTask(taskId);
		boolean candidate = links.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.anyMatch(link -> userId.equals(link.getUserId())
					|| (link.getGroupId() != null && groupIds.contains(link.getGroupId())));
		Relation relation = new Relation(task, userId.equals(task.getAssignee()), candidate,
				userId.equals(task.getOwner()), groupIds.contains(Groups.CAMUNDA_ADMIN));
		return relation.visible() ? Optional.of(relation) : Optional.empty();
	}

	/**
	 * What a person is to a task, and what that lets them do. An administrator sees every
	 * task (as in Cockpit) but works none that is not theirs.
	 */
	public record Relation(Task task, boolean assignedToThem, boolean candidate, boolean owner, boolean admin) {

		public boolean visible() {
			return assignedToThem || candidate || owner || admin;
		}

		/** Offered to them, and not assigned to someone else. */
		public boolean mayClaim() {
			return candidate && (task.getAssignee() == null || assignedToThem);
		}

		/**
		 * Assigned to them and offered to them: a task the process assigned stays put.
		 */
		public boolean mayUnclaim() {
			return assignedToThem && candidate;
		}

		/** Assigned to them, or unassigned and offered to them. */
		public boolean mayWork() {
			return assignedToThem || (task.getAssignee() == null && candidate);
		}

		public boolean assignedToSomeoneElse() {
			return task.getAssignee() != null && !assignedToThem;
		}

	}

}
