package org.hireflow.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.application.Application;
import org.hireflow.application.Outcome;
import org.hireflow.offer.OfferService;
import org.hireflow.offer.OfferTerms;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskOverdue;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.StageFixture;
import org.hireflow.testing.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.PublishedEvents;

/**
 * The clearance module runs {@code clearances.bpmn} on its own: both clearances recorded
 * by HR end the stage as passed; a failed one ends it with the error its caller catches.
 * Both are due two weeks (the default lead) before the offer's start date, follow it when
 * HR moves it, and are escalated to HR when overdue.
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

	@Autowired
	OfferService offers;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identities;

	@Autowired
	TestClock clock;

	@Test
	void only_clearance_and_what_it_declares_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "offer", "clearance");
	}

	@Test
	void both_clearances_are_due_two_weeks_before_the_start_date_and_so_is_their_escalation() {
		Application application = stages.application(TO_CLEARANCE);
		LocalDate start = LocalDate.now(clock).plusMonths(4);
		accepted(application, start);

		stages.called(ProcessIds.CLEARANCES_PROCESS, application, Map.of());

		Instant due = start.minusDays(14).atStartOfDay(ZoneOffset.UTC).toInstant();
		assertThat(openClearances(application)).hasSize(2)
			.allSatisfy(task -> assertThat(task.getDueDate().toInstant()).isEqualTo(due));
		assertThat(escalations(application)).hasSize(2)
			.allSatisfy(timer -> assertThat(timer.getDuedate().toInstant()).isEqualTo(due));
	}

	@Test
	void a_start_date_that_leaves_less_than_the_lead_makes_the_clearances_due_at_once() {
		Application application = stages.application(TO_CLEARANCE);
		accepted(application, LocalDate.now(clock).plusDays(5));

		stages.called(ProcessIds.CLEARANCES_PROCESS, application, Map.of());

		assertThat(openClearances(application))
			.allSatisfy(task -> assertThat(task.getDueDate().toInstant()).isBeforeOrEqualTo(clock.instant()));
	}

	@Test
	void moving_the_start_date_moves_the_open_clearances_and_their_escalation_with_it() {
		Application application = stages.application(TO_CLEARANCE);
		LocalDate start = LocalDate.now(clock).plusMonths(4);
		accepted(application, start);
		stages.called(ProcessIds.CLEARANCES_PROCESS, application, Map.of());
		stages.complete(application, ProcessIds.TASK_RECORD_SECURITY_CLEARANCE, Map.of("cleared", true));

		LocalDate later = start.plusMonths(2);
		offers.moveStartDate(application.getReference(), later, "Medical service backlog", "hana");

		Instant due = later.minusDays(14).atStartOfDay(ZoneOffset.UTC).toInstant();
		assertThat(openClearances(application)).singleElement().satisfies(task -> {
			assertThat(task.getTaskDefinitionKey()).isEqualTo(ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE);
			assertThat(task.getDueDate().toInstant()).isEqualTo(due);
		});
		assertThat(escalations(application)).singleElement()
			.satisfies(timer -> assertThat(timer.getDuedate().toInstant()).isEqualTo(due));
		assertThat(offers.startDateChanges(application.getId())).singleElement().satisfies(change -> {
			assertThat(change.getFromDate()).isEqualTo(start);
			assertThat(change.getToDate()).isEqualTo(later);
			assertThat(change.getReason()).isEqualTo("Medical service backlog");
			assertThat(change.getChangedBy()).isEqualTo("hana");
		});
	}

	@Test
	void an_overdue_clearance_is_escalated_to_every_member_of_HR(PublishedEvents events) {
		String hrOfficer = "hr" + UUID.randomUUID().toString().substring(0, 8);
		identities.saveUser(identities.newUser(hrOfficer));
		if (identities.createGroupQuery().groupId("hr").count() == 0) {
			identities.saveGroup(identities.newGroup("hr"));
		}
		identities.createMembership(hrOfficer, "hr");
		Application application = stages.application(TO_CLEARANCE);
		accepted(application, LocalDate.now(clock).plusMonths(4));
		stages.called(ProcessIds.CLEARANCES_PROCESS, application, Map.of());

		stages.fireTimer(application, "Timer_MedicalClearanceOverdue");

		assertThat(events.ofType(TaskOverdue.class)
			.matching(overdue -> overdue.businessKey().equals(application.getReference()))).singleElement()
			.satisfies(overdue -> {
				assertThat(overdue.taskKey()).isEqualTo(ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE);
				assertThat(overdue.recipients()).contains(hrOfficer);
			});
		assertThat(openClearances(application)).hasSize(2);
	}

	@Test
	void both_clearances_recorded_end_the_stage_as_passed() {
		Application application = stages.application(TO_CLEARANCE);
		accepted(application, LocalDate.now(clock).plusMonths(4));
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
		accepted(application, LocalDate.now(clock).plusMonths(4));
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

	private void accepted(Application application, LocalDate start) {
		offers.approve(application.getId(), new OfferTerms("A.2", 3, start), "hana");
	}

	private List<Task> openClearances(Application application) {
		return tasks.createTaskQuery().processInstanceBusinessKey(application.getReference()).list();
	}

	private List<Job> escalations(Application application) {
		return management.createJobQuery().processInstanceId(runtimeInstance(application)).timers().list();
	}

	private String runtimeInstance(Application application) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(application.getReference())
			.list()
			.get(0)
			.getProcessInstanceId();
	}

}
