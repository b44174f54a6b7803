package org.hireflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.FixedStaffDirectory;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.StageFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationContext;

/**
 * The decision module on its own (with interview, application, vacancy and platform): the
 * chair's decision is recorded with its reason and ends a rejected application.
 */
@ModuleTest
@Import(FixedStaffDirectory.class)
class DecisionModuleTests {

	@Autowired
	DecisionService decisions;

	@Autowired
	ApplicationService applications;

	@Autowired
	ApplicationContext context;

	@Autowired
	StageFixture stages;

	@Test
	void only_the_decision_module_and_what_it_declares_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "interview", "decision");
	}

	@Test
	void the_chairs_rejection_is_recorded_with_its_reason_and_ends_the_application() {
		Application application = stages.application(Outcome.ELIGIBLE, Outcome.SHORTLISTED, Outcome.ASSESSMENT_PASSED,
				Outcome.PANEL_EVALUATED);
		String process = stages.applicationProcessAt(application, ProcessIds.TASK_DECIDE_ON_CANDIDATE,
				Map.of(ProcessIds.VAR_PANEL_CHAIR, "paul"));

		stages.complete(application, ProcessIds.TASK_DECIDE_ON_CANDIDATE,
				Map.of("decision", "REJECT", "reason", "Below the notice's requirements in analysis"));

		assertThat(decisions.of(application.getId())).hasValueSatisfying(decision -> {
			assertThat(decision.getOutcome()).isEqualTo(Decision.Outcome.REJECT);
			assertThat(decision.getReason()).isEqualTo("Below the notice's requirements in analysis");
		});
		assertThat(applications.get(application.getId()).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(stages.passed(process, "EndEvent_Rejected")).isTrue();
	}

}
