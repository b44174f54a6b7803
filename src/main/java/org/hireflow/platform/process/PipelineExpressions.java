package org.hireflow.platform.process;

import java.time.Duration;
import java.util.Date;

import org.hireflow.platform.PipelineSettings;
import org.hireflow.platform.Stage;

import org.springframework.stereotype.Component;

/**
 * The configured stage durations, for the models' due dates and timers:
 * {@code camunda:dueDate="${pipeline.dueIn('screening')}"},
 * {@code <timeDuration>${pipeline.duration('screening')}</timeDuration>}.
 */
@Component("pipeline")
public class PipelineExpressions {

	private final PipelineSettings settings;

	PipelineExpressions(PipelineSettings settings) {
		this.settings = settings;
	}

	/** The ISO-8601 duration of a stage, e.g. {@code P5D}. */
	public String duration(String stage) {
		return of(stage).toString();
	}

	/** Now (the engine's clock) plus the stage's duration: a task's due date. */
	public Date dueIn(String stage) {
		return Date.from(EngineClock.now().plus(of(stage)));
	}

	private Duration of(String stage) {
		return Stage.of(stage).due(settings);
	}

}
