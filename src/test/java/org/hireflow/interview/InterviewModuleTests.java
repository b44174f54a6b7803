package org.hireflow.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.FixedStaffDirectory;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.StageFixture;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Competency;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationContext;

/**
 * The interview module runs {@code interview.bpmn} on its own: scheduled, held when its
 * time comes, evaluated by each panel member, divergent scores justified by the chair;
 * then the panel is ready for the decision.
 */
@ModuleTest
@Import(FixedStaffDirectory.class)
class InterviewModuleTests {

	@Autowired
	InterviewService interviews;

	@Autowired
	ApplicationService applications;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TaskService tasks;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	StageFixture stages;

	@Test
	void only_the_interview_module_and_what_it_declares_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "interview");
	}

	@Test
	void a_held_interview_with_divergent_scores_waits_for_the_chairs_justification() throws Exception {
		Application application = stages.application(Outcome.ELIGIBLE, Outcome.SHORTLISTED, Outcome.ASSESSMENT_PASSED);
		String stage = stages.called(ProcessIds.INTERVIEW_PROCESS, application, Map.of());
		ZonedDateTime startsAt = ZonedDateTime.now(clock)
			.withZoneSameInstant(ZoneId.of("Europe/Brussels"))
			.plusDays(7)
			.truncatedTo(ChronoUnit.HOURS);

		stages.declareNoConflicts(application);
		stages.complete(application, ProcessIds.TASK_SCHEDULE_INTERVIEW,
				Map.of("startsAt", startsAt.toLocalDateTime().toString(), "timeZone", "Europe/Brussels",
						"durationMinutes", 60, "location", "Boulevard Léopold III, Brussels, room 3"));
		stages.fireTimer(application, "Timer_InterviewTime");
		for (Task evaluation : tasks.createTaskQuery()
			.processInstanceId(stage)
			.taskDefinitionKey(ProcessIds.TASK_EVALUATE_CANDIDATE)
			.list()) {
			int integrity = "petra".equals(evaluation.getAssignee()) ? 2 : 4;
			tasks.complete(evaluation.getId(), Map.of("scores", scores(application, integrity), "recommendation",
					"SELECT", "comment", "Evidence-based answers."));
			stages.runJobs(application);
		}

		assertThat(interviews.evaluations(application.getId())).hasSize(3);
		assertThat(interviews.calibration(application.getId())).hasValueSatisfying(
				calibration -> assertThat(calibration.getDivergentCriteria()).containsExactly("integrity"));
		Task justification = tasks.createTaskQuery()
			.processInstanceId(stage)
			.taskDefinitionKey(ProcessIds.TASK_JUSTIFY_CALIBRATION)
			.singleResult();
		assertThat(justification.getAssignee()).isEqualTo("paul");

		stages.complete(application, ProcessIds.TASK_JUSTIFY_CALIBRATION,
				Map.of("justification", "Petra weighed an old audit finding; the panel agreed it was resolved."));

		assertThat(applications.get(application.getId()).getStatus()).isEqualTo(ApplicationStatus.DECISION);
		assertThat(stages.passed(stage, "EndEvent_PanelReady")).isTrue();
	}

	private String scores(Application application, int integrity) throws Exception {
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (Competency criterion : Criteria.of(vacancies.get(application.getVacancyId()))) {
			scores.put(criterion.code(), criterion.code().equals("integrity") ? integrity : 4);
		}
		return new ObjectMapper().writeValueAsString(scores);
	}

}
