package org.hireflow.taskforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.application.Application;
import org.hireflow.application.Outcome;
import org.hireflow.decision.Decision;
import org.hireflow.decision.DecisionService;
import org.hireflow.platform.domain.NotFound;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.FixedStaffDirectory;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.StageFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * What a panel member's form shows, from the task-forms module with the modules it reads:
 * after screening the candidate is named and the criteria listed; for someone who cannot
 * see the task there is nothing at all.
 */
@ModuleTest
@Import(FixedStaffDirectory.class)
class TaskFormsModuleTests {

	@Autowired
	TaskContextService contexts;

	@Autowired
	TaskService tasks;

	@Autowired
	DecisionService decisions;

	@Autowired
	ApplicationContext context;

	@Autowired
	StageFixture stages;

	@Test
	void task_forms_load_the_modules_they_read_and_no_stage_that_acts() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "interview", "decision", "offer", "taskforms");
	}

	@Test
	void a_declaration_of_interests_shows_the_candidates_name_and_reference_and_nothing_else_of_the_application() {
		Application application = stages.application(Outcome.ELIGIBLE, Outcome.SHORTLISTED, Outcome.ASSESSMENT_PASSED);
		String stage = stages.called(ProcessIds.INTERVIEW_PROCESS, application, Map.of());
		Task petras = tasks.createTaskQuery()
			.processInstanceId(stage)
			.taskDefinitionKey(ProcessIds.TASK_DECLARE_INTERESTS)
			.taskAssignee("petra")
			.singleResult();

		TaskContext seen = contexts.of(petras.getId(), "petra", List.of("panel"));

		assertThat(seen.application()).isEqualTo(application.getReference());
		assertThat(seen.candidateName()).isEqualTo(application.getProfile().fullName());
		assertThat(seen.submission()).isNull();
		assertThat(seen.criteria()).isNull();
		assertThat(seen.panel()).isNull();
		assertThat(seen.offer()).isNull();
		assertThat(seen.panelMakeUp()).isNull();
		assertThat(seen.cv()).as("no CV before the declaration, nor from it").isFalse();
		assertThatThrownBy(() -> contexts.cv(petras.getId(), "petra", List.of("panel"))).isInstanceOf(NotFound.class);
	}

	@Test
	void a_panel_member_sees_whose_application_and_what_to_score_and_an_outsider_sees_nothing() {
		Application application = stages.application(Outcome.ELIGIBLE, Outcome.SHORTLISTED, Outcome.ASSESSMENT_PASSED);
		String stage = stages.processAt(ProcessIds.INTERVIEW_PROCESS, application,
				ProcessIds.TASK_EVALUATE_CANDIDATE + "#multiInstanceBody",
				Map.of(ProcessIds.VAR_PANEL, List.of("paul", "petra", "pedro"), ProcessIds.VAR_PANEL_CHAIR, "paul"));
		Task pauls = tasks.createTaskQuery()
			.processInstanceId(stage)
			.taskDefinitionKey(ProcessIds.TASK_EVALUATE_CANDIDATE)
			.taskAssignee("paul")
			.singleResult();

		TaskContext seen = contexts.of(pauls.getId(), "paul", List.of("panel"));

		assertThat(seen.application()).isEqualTo(application.getReference());
		assertThat(seen.blind()).isFalse();
		assertThat(seen.candidateName()).isEqualTo(application.getProfile().fullName());
		assertThat(seen.submission()).as("the screening view is the recruiters'").isNull();
		assertThat(seen.criteria()).extracting(TaskContext.Criterion::code).contains("integrity", "analysis");
		assertThatThrownBy(() -> contexts.of(pauls.getId(), "rita", List.of("recruiters")))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void hr_approving_an_offer_sees_for_whom_the_notices_grade_and_the_panels_decision() {
		Application application = stages.application(Outcome.ELIGIBLE, Outcome.SHORTLISTED, Outcome.ASSESSMENT_PASSED,
				Outcome.PANEL_EVALUATED);
		decisions.decide(application.getId(), Decision.Outcome.SELECT, "Strongest evidence on every criterion", "paul");
		String stage = stages.processAt(ProcessIds.OFFER_PROCESS, application, ProcessIds.TASK_APPROVE_OFFER, Map.of());
		String approval = tasks.createTaskQuery().processInstanceId(stage).singleResult().getId();

		TaskContext seen = contexts.of(approval, "hana", List.of("hr"));

		assertThat(seen.stage()).isEqualTo("Approve offer");
		assertThat(seen.application()).isEqualTo(application.getReference());
		assertThat(seen.candidateName()).isEqualTo(application.getProfile().fullName());
		assertThat(seen.criteria()).as("not a scoring task").isNull();
		assertThat(seen.offer().vacancyGrade()).isEqualTo("A.2");
		assertThat(seen.offer().decision()).isEqualTo("SELECT");
		assertThat(seen.offer().decisionReason()).isEqualTo("Strongest evidence on every criterion");
		assertThat(seen.offer().fromReserveList()).isFalse();
		assertThat(seen.offer().startDate()).as("not approved yet").isNull();
	}

}
