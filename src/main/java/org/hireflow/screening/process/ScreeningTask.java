package org.hireflow.screening.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;
import org.hireflow.screening.Screening;
import org.hireflow.screening.ScreeningService;

import org.springframework.stereotype.Component;

/**
 * Screening: {@code outcome} SHORTLISTED or REJECTED, {@code reason} (required to
 * reject).
 */
@Component("screeningTask")
class ScreeningTask extends UserTaskHandler<ScreeningTask.Decision> {

	record Decision(Screening.Outcome outcome, String reason) {
	}

	private final ScreeningService screenings;

	ScreeningTask(ScreeningService screenings) {
		this.screenings = screenings;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_SCREEN_APPLICATION);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("outcome", "reason");
	}

	@Override
	protected Decision command(DelegateTask task, TaskInputs inputs) {
		Decision decision = new Decision(inputs.choice("outcome", Screening.Outcome.class),
				inputs.optionalText("reason", 1000));
		ScreeningService.check(decision.outcome(), decision.reason());
		return decision;
	}

	@Override
	protected void apply(DelegateTask task, Decision decision) {
		long applicationId = applicationId(task);
		boolean shortlisted = screenings.record(applicationId, decision.outcome(), decision.reason(), Actors.of(task));
		task.getExecution().setVariable(ProcessIds.VAR_SHORTLISTED, shortlisted);
	}

}
