package org.hireflow.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputRejected;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.StageFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The screening module on its own (with application, vacancy and platform): the screening
 * task's glue records the recruiter's decision and ends a rejected application, with no
 * other stage loaded.
 */
@ModuleTest
class ScreeningModuleTests {

	@Autowired
	ScreeningService screenings;

	@Autowired
	ApplicationService applications;

	@Autowired
	ApplicationContext context;

	@Autowired
	StageFixture stages;

	@Test
	void only_screening_and_what_it_declares_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "screening");
	}

	@Test
	void a_rejection_needs_a_reason_and_ends_the_application_with_it() {
		Application application = stages.application(Outcome.ELIGIBLE);
		String process = stages.applicationProcessAt(application, ProcessIds.TASK_SCREEN_APPLICATION);

		assertThatThrownBy(
				() -> stages.complete(application, ProcessIds.TASK_SCREEN_APPLICATION, Map.of("outcome", "REJECTED")))
			.isInstanceOf(TaskInputRejected.class);
		stages.complete(application, ProcessIds.TASK_SCREEN_APPLICATION,
				Map.of("outcome", "REJECTED", "reason", "No experience of negotiation"));

		assertThat(screenings.of(application.getId())).hasValueSatisfying(screening -> {
			assertThat(screening.getOutcome()).isEqualTo(Screening.Outcome.REJECTED);
			assertThat(screening.getReason()).isEqualTo("No experience of negotiation");
		});
		assertThat(applications.get(application.getId()).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(stages.passed(process, "EndEvent_ScreenedOut")).isTrue();
	}

}
