package org.hireflow.interview.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.interview.InterviewService;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;

import org.springframework.stereotype.Component;

/** The chair's justification of divergent scores: {@code justification}, required. */
@Component("calibrationTask")
class CalibrationTask extends UserTaskHandler<String> {

	private final InterviewService interviews;

	CalibrationTask(InterviewService interviews) {
		this.interviews = interviews;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_JUSTIFY_CALIBRATION);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("justification");
	}

	@Override
	protected String command(DelegateTask task, TaskInputs inputs) {
		return inputs.text("justification", 4000);
	}

	@Override
	protected void apply(DelegateTask task, String justification) {
		interviews.justify(applicationId(task), justification, Actors.of(task));
	}

}
