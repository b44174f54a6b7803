package org.hireflow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.StageFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The assessment module on its own: a score below the vacancy's pass mark is recorded and
 * ends the application, with no other stage loaded.
 */
@ModuleTest
class AssessmentModuleTests {

	@Autowired
	AssessmentService assessments;

	@Autowired
	ApplicationService applications;

	@Autowired
	ApplicationContext context;

	@Autowired
	StageFixture stages;

	@Test
	void only_assessment_and_what_it_declares_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "assessment");
	}

	@Test
	void a_score_below_the_pass_mark_is_recorded_and_ends_the_application() {
		Application application = stages.application(Outcome.ELIGIBLE, Outcome.SHORTLISTED);
		String process = stages.applicationProcessAt(application, ProcessIds.TASK_RECORD_ASSESSMENT);

		stages.complete(application, ProcessIds.TASK_RECORD_ASSESSMENT, Map.of("kind", "WRITTEN_TEST", "score", 59));

		assertThat(assessments.of(application.getId())).hasValueSatisfying(assessment -> {
			assertThat(assessment.getScore()).isEqualTo(59);
			assertThat(assessment.getPassMark()).isEqualTo(60);
			assertThat(assessment.isPassed()).isFalse();
		});
		assertThat(applications.get(application.getId()).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(stages.passed(process, "EndEvent_AssessmentFailed")).isTrue();
	}

}
