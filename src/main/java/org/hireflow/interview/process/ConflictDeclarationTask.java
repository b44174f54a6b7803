package org.hireflow.interview.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.interview.ConflictDeclaration.Relationship;
import org.hireflow.interview.ConflictsOfInterest;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputRejected;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;

import org.springframework.stereotype.Component;

/**
 * A panel member's declaration about one candidate (one task per member, assigned to
 * them, before they see anything of the application): {@code conflict} yes or no; with a
 * conflict, the {@code relationship} (FAMILY, CLOSE_FRIEND, LINE_RELATIONSHIP, OTHER) and
 * {@code details} (required for OTHER).
 */
@Component("conflictDeclarationTask")
class ConflictDeclarationTask extends UserTaskHandler<ConflictDeclarationTask.Declaration> {

	record Declaration(String member, Relationship relationship, String details) {
	}

	private final ConflictsOfInterest conflicts;

	ConflictDeclarationTask(ConflictsOfInterest conflicts) {
		this.conflicts = conflicts;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_DECLARE_INTERESTS);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("conflict", "relationship", "details");
	}

	@Override
	protected Declaration command(DelegateTask task, TaskInputs inputs) {
		boolean conflict = inputs.bool("conflict");
		Relationship relationship = conflict ? inputs.choice("relationship", Relationship.class) : null;
		String details = inputs.optionalText("details", 1000);
		if (!conflict && inputs.has("relationship")) {
			throw new TaskInputRejected("relationship", "refusal.no-conflict-no-relationship",
					"is only for a declared conflict");
		}
		Declaration declaration = new Declaration(task.getAssignee(), relationship, details);
		conflicts.check(applicationId(task), declaration.member(), relationship, details);
		return declaration;
	}

	@Override
	protected void apply(DelegateTask task, Declaration declaration) {
		conflicts.declare(applicationId(task), declaration.member(), declaration.relationship(), declaration.details());
	}

}
