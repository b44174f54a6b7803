package org.hireflow.assessment.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.assessment.Assessment;
import org.hireflow.assessment.AssessmentService;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;

import org.springframework.stereotype.Component;

/**
 * Recording the assessment: {@code kind} (WRITTEN_TEST, VIDEO_INTERVIEW, BOTH) and
 * {@code score} 0–100.
 */
@Component("assessmentTask")
class AssessmentTask extends UserTaskHandler<AssessmentTask.Result> {

	record Result(Assessment.Kind kind, int score) {
	}

	private final AssessmentService assessments;

	AssessmentTask(AssessmentService assessments) {
		this.assessments = assessments;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_RECORD_ASSESSMENT);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("kind", "score");
	}

	@Override
	protected Result command(DelegateTask task, TaskInputs inputs) {
		return new Result(inputs.choice("kind", Assessment.Kind.class), inputs.integer("score", 0, 100));
	}

	@Override
	protected void apply(DelegateTask task, Result result) {
		long applicationId = applicationId(task);
		Assessment assessment = assessments.record(applicationId, result.kind(), result.score(), Actors.of(task));
		task.getExecution().setVariable(ProcessIds.VAR_ASSESSMENT_PASSED, assessment.isPassed());
	}

}
