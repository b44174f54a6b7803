package org.hireflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.hireflow.application.Application;
import org.hireflow.application.Outcome;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.StageFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The clearance module runs {@code clearances.bpmn} on its own: both clearances recorded
 * by HR end the stage as passed; a failed one ends it with the error its caller catches.
 */
@ModuleTest
class ClearanceModuleTests {

	private static final Outcome[] TO_CLEARANCE = { Outcome.ELIGIBLE, Outcome.SHORTLISTED, Outcome.ASSESSMENT_PASSED,
			Outcome.PANEL_EVALUATED, Outcome.SELECTED, Outcome.OFFER_ACCEPTED };

	@Autowired
	Clearances clearances;

	@Autowired
	HistoryService history;

	@Autowired
	ApplicationContext context;

	@Autowired
	StageFixture stages;

	@Test
	void only_clearance_and_what_it_declares_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "clearance");
	}

	@Test
	void both_clearances_recorded_end_the_stage_as_passed() {
		Application application = stages.application(TO_CLEARANCE);
		String stage = stages.called(ProcessIds.CLEARANCES_PROCESS, application, Map.of());

		stages.complete(application, ProcessIds.TASK_RECORD_SECURITY_CLEARANCE, Map.of("cleared", true));
		stages.complete(application, ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE, Map.of("cleared", true));

		assertThat(clearances.findByApplicationId(application.getId())).extracting(Clearance::getKind)
			.containsExactlyInAnyOrder(Clearance.Kind.SECURITY, Clearance.Kind.MEDICAL);
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(stage).singleResult().getEndTime())
			.isNotNull();
		assertThat(stages.passed(stage, "EndEvent_ClearancesPassed")).isTrue();
	}

	@Test
	void a_failed_clearance_ends_the_stage_with_the_error_its_caller_catches() {
		Application application = stages.application(TO_CLEARANCE);
		String stage = stages.called(ProcessIds.CLEARANCES_PROCESS, application, Map.of());

		stages.complete(application, ProcessIds.TASK_RECORD_SECURITY_CLEARANCE,
				Map.of("cleared", false, "reason", "Not granted by the nation"));

		assertThat(clearances.findByApplicationId(application.getId())).singleElement().satisfies(clearance -> {
			assertThat(clearance.isCleared()).isFalse();
			assertThat(clearance.getReason()).isEqualTo("Not granted by the nation");
		});
		assertThat(stages.passed(stage, "EndEvent_SecurityFailed")).isTrue();
		assertThat(stages.passed(stage, "EndEvent_ClearancesPassed")).isFalse();
	}

}
