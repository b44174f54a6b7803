package org.hireflow.interview.process;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.interview.EvaluationSubmission;
import org.hireflow.interview.InterviewService;
import org.hireflow.interview.PanelEvaluation;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputRejected;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;

import org.springframework.stereotype.Component;

/**
 * A panel member's evaluation (one task per member, assigned to them): {@code scores} as
 * a JSON object of criterion code to 1–5 (the five core values and the vacancy's
 * competencies), {@code recommendation} (SELECT, RESERVE, REJECT) and {@code comment}.
 * Kept task-local, stored in the service, then removed.
 */
@Component("evaluationTask")
class EvaluationTask extends UserTaskHandler<EvaluationSubmission> {

	private final InterviewService interviews;

	private final ObjectMapper json;

	EvaluationTask(InterviewService interviews, ObjectMapper json) {
		this.interviews = interviews;
		this.json = json;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_EVALUATE_CANDIDATE);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("scores", "recommendation", "comment");
	}

	@Override
	protected EvaluationSubmission command(DelegateTask task, TaskInputs inputs) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		try {
			// a form's select sends "4", a script sends 4: both are a score; anything
			// else is refused below
			json.readValue(inputs.text("scores", 10_000), new TypeReference<Map<String, Object>>() {
			}).forEach((criterion, score) -> scores.put(criterion, scoreOf(score)));
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			throw new TaskInputRejected("scores", "refusal.scores", "must be a JSON object of criterion to score 1–5");
		}
		EvaluationSubmission submission = new EvaluationSubmission(scores,
				inputs.choice("recommendation", PanelEvaluation.Recommendation.class), inputs.text("comment", 4000));
		interviews.check(applicationId(task), task.getAssignee(), submission);
		return submission;
	}

	private static Integer scoreOf(Object value) {
		if (value instanceof Integer score) {
			return score;
		}
		if (value instanceof String text && text.strip().matches("\\d{1,2}")) {
			return Integer.valueOf(text.strip());
		}
		throw new IllegalArgumentException("not a score");
	}

	@Override
	protected void apply(DelegateTask task, EvaluationSubmission submission) {
		interviews.recordEvaluation(applicationId(task), task.getAssignee(), submission);
	}

}
