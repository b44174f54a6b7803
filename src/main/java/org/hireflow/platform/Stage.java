package org.hireflow.platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The pipeline's steps that people work on, each with how long it may take. The models
 * name them by key ({@code ${pipeline.dueIn('screening')}}); a key that names no stage
 * fails the model's test, not a running task. Clearances are due before the offer's start
 * date, not after a duration ({@link PipelineSettings#clearanceLead()}).
 */
public enum Stage {

	APPROVAL("approval", PipelineSettings::approvalDue),

	SCREENING("screening", PipelineSettings::screeningDue),

	ASSESSMENT("assessment", PipelineSettings::assessmentDue),

	/**
	 * Each panel member's declaration of conflicts of interest, and HR's appointment of a
	 * substitute when one is needed.
	 */
	DECLARATION("declaration", PipelineSettings::declarationDue),

	SCHEDULING("scheduling", PipelineSettings::schedulingDue),

	EVALUATION("evaluation", PipelineSettings::evaluationDue),

	DECISION("decision", PipelineSettings::decisionDue),

	/**
	 * HR's approval of the offer (the candidate's time to answer is
	 * {@link PipelineSettings#offerValidity()}).
	 */
	OFFER("offer", PipelineSettings::offerApprovalDue);

	private final String key;

	private final Function<PipelineSettings, Duration> due;

	Stage(String key, Function<PipelineSettings, Duration> due) {
		this.key = key;
		this.due = due;
	}

	public String key() {
		return key;
	}

	/** How long this stage may take under these settings. */
	public Duration due(PipelineSettings settings) {
		return due.apply(settings);
	}

	public static Stage of(String key) {
		return Arrays.stream(values())
			.filter(stage -> stage.key.equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No stage '" + key + "'"));
	}

}
