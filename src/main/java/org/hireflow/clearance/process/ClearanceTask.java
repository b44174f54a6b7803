package org.hireflow.clearance.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.clearance.Clearance;
import org.hireflow.clearance.ClearanceService;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;

import org.springframework.stereotype.Component;

/**
 * HR records a security or medical clearance: {@code cleared} yes/no, {@code reason}
 * (required if failed).
 */
@Component("clearanceTask")
class ClearanceTask extends UserTaskHandler<ClearanceTask.Result> {

	record Result(boolean cleared, String reason) {
	}

	private final ClearanceService clearances;

	ClearanceTask(ClearanceService clearances) {
		this.clearances = clearances;
	}

	static final String CLEARED = "cleared";

	static final String REASON = "reason";

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_RECORD_SECURITY_CLEARANCE, ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE);
	}

	@Override
	public Set<String> inputs() {
		return Set.of(CLEARED, REASON);
	}

	@Override
	protected Result command(DelegateTask task, TaskInputs inputs) {
		Result result = new Result(inputs.bool(CLEARED), inputs.optionalText(REASON, 1000));
		ClearanceService.check(result.cleared(), result.reason());
		return result;
	}

	@Override
	protected void apply(DelegateTask task, Result result) {
		boolean security = ProcessIds.TASK_RECORD_SECURITY_CLEARANCE.equals(task.getTaskDefinitionKey());
		clearances.record(applicationId(task), security ? Clearance.Kind.SECURITY : Clearance.Kind.MEDICAL,
				result.cleared(), result.reason(), Actors.of(task));
		task.getExecution()
			.setVariable(security ? ProcessIds.VAR_SECURITY_CLEARED : ProcessIds.VAR_MEDICAL_CLEARED, result.cleared());
	}

}
