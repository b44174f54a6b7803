package org.hireflow.vacancy.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputRejected;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;
import org.hireflow.vacancy.VacancyService;

import org.springframework.stereotype.Component;

/**
 * The hiring manager's and HR's approval of a requisition: approve, or refuse with a
 * reason.
 */
@Component("requisitionApprovalTask")
class RequisitionApprovalTask extends UserTaskHandler<RequisitionApprovalTask.Approval> {

	record Approval(boolean approved, String reason) {
	}

	private final VacancyService vacancies;

	RequisitionApprovalTask(VacancyService vacancies) {
		this.vacancies = vacancies;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_APPROVE_AS_HIRING_MANAGER, ProcessIds.TASK_APPROVE_AS_HR);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("approved", "reason");
	}

	@Override
	protected Approval command(DelegateTask task, TaskInputs inputs) {
		boolean approved = inputs.bool("approved");
		String reason = inputs.optionalText("reason", 1000);
		if (!approved && reason == null) {
			throw new TaskInputRejected("reason", "refusal.required-to-refuse", "is required when refusing");
		}
		return new Approval(approved, reason);
	}

	@Override
	protected void apply(DelegateTask task, Approval approval) {
		long vacancyId = vacancyId(task);
		String role = ProcessIds.TASK_APPROVE_AS_HR.equals(task.getTaskDefinitionKey()) ? "HR" : "hiring manager";
		String actor = Actors.of(task);
		vacancies.recordApproval(vacancyId, role, approval.approved(), approval.reason(), actor);
		if (!approval.approved()) {
			vacancies.markCancelled(vacancyId, "Requisition refused by " + role + ": " + approval.reason(), actor);
		}
		task.getExecution().setVariable(ProcessIds.VAR_APPROVED, approval.approved());
	}

}
