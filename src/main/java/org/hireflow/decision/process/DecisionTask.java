package org.hireflow.decision.process;

import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.decision.Decision;
import org.hireflow.decision.DecisionService;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;

import org.springframework.stereotype.Component;

/**
 * The chair's decision: {@code decision} (SELECT, RESERVE, REJECT) and {@code reason}.
 */
@Component("decisionTask")
class DecisionTask extends UserTaskHandler<DecisionTask.Choice> {

	record Choice(Decision.Outcome outcome, String reason) {
	}

	private final DecisionService decisions;

	DecisionTask(DecisionService decisions) {
		this.decisions = decisions;
	}

	static final String DECISION = "decision";

	static final String REASON = "reason";

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_DECIDE_ON_CANDIDATE);
	}

	@Override
	public Set<String> inputs() {
		return Set.of(DECISION, REASON);
	}

	@Override
	protected Choice command(DelegateTask task, TaskInputs inputs) {
		Choice choice = new Choice(inputs.choice(DECISION, Decision.Outcome.class), inputs.text(REASON, 1000));
		decisions.check(applicationId(task), choice.reason());
		return choice;
	}

	@Override
	protected void apply(DelegateTask task, Choice choice) {
		long applicationId = applicationId(task);
		decisions.decide(applicationId, choice.outcome(), choice.reason(), Actors.of(task));
		task.getExecution().setVariable(ProcessIds.VAR_DECISION, choice.outcome().name());
		decisions.reservePlace(applicationId)
			.ifPresent(place -> task.getExecution()
				.setVariable(ProcessIds.VAR_RESERVE_EXPIRES_AT, Date.from(place.getExpiresAt())));
	}

}
