package org.hireflow.platform.process;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hireflow.platform.PipelineSettings;

import org.springframework.stereotype.Component;

/**
 * The configured stage durations, for the models' due dates and timers:
 * {@code camunda:dueDate="${pipeline.dueIn('screening')}"},
 * {@code <timeDuration>${pipeline.duration('screening')}</timeDuration>}.
 */
@Component("pipeline")
public class PipelineExpressions {

	private final Map<String, Duration> durations;

	PipelineExpressions(PipelineSettings settings) {
		this.durations = Map.of("approval", settings.screeningDue(), "screening", settings.screeningDue(),
				"assessment", settings.assessmentDue(), "scheduling", settings.screeningDue(), "evaluation",
				settings.evaluationDue(), "decision", settings.decisionDue(), "offer", settings.decisionDue(),
				"clearance", settings.clearanceDue());
	}

	/** The ISO-8601 duration of a stage, e.g. {@code P5D}. */
	public String duration(String stage) {
		return of(stage).toString();
	}

	/** Now (the engine's clock) plus the stage's duration: a task's due date. */
	public Date dueIn(String stage) {
		return Date.from(ClockUtil.now().toInstant().plus(of(stage)));
	}

	private Duration of(String stage) {
		Duration duration = durations.get(stage);
		if (duration == null) {
			throw new IllegalArgumentException("No duration configured for stage '" + stage + "'");
		}
		return duration;
	}

}
