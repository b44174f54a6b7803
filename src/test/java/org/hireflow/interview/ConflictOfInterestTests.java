package org.hireflow.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationEvent;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.Outcome;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputRejected;
import org.hireflow.testing.FixedStaffDirectory;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.StageFixture;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Panel;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * {@code interview.bpmn}'s first steps: every panel member declares, for the candidate,
 * whether they know them, before anything of the application is shown. A conflicted
 * member is off this candidate's evaluation; a panel left below three members, or without
 * its chair, waits for HR to appoint a substitute or name a chair.
 */
@ModuleTest
@Import(FixedStaffDirectory.class)
class ConflictOfInterestTests {

	@Autowired
	ConflictsOfInterest conflicts;

	@Autowired
	InterviewService interviews;

	@Autowired
	ApplicationService applications;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TestClock clock;

	@Autowired
	StageFixture stages;

	Application candidate(List<String> panel, String chair) {
		Application application = stages.application(Outcome.ELIGIBLE, Outcome.SHORTLISTED, Outcome.ASSESSMENT_PASSED);
		if (panel != null) {
			vacancies.replacePanel(vacancies.get(application.getVacancyId()).getReference(), new Panel(panel, chair),
					"hana");
		}
		return application;
	}

	String interview(Application application) {
		return stages.called(ProcessIds.INTERVIEW_PROCESS, application, Map.of());
	}

	List<String> open(String process, String taskKey) {
		return tasks.createTaskQuery()
			.processInstanceId(process)
			.taskDefinitionKey(taskKey)
			.list()
			.stream()
			.map(task -> task.getAssignee() == null ? "(group)" : task.getAssignee())
			.sorted()
			.toList();
	}

	Map<String, Object> conflict(String relationship) {
		return Map.of("conflict", true, "relationship", relationship, "details", "We worked together until 2024.");
	}

	void scheduleAndHold(Application application) {
		ZonedDateTime startsAt = ZonedDateTime.now(clock)
			.withZoneSameInstant(ZoneId.of("Europe/Brussels"))
			.plusDays(7)
			.truncatedTo(ChronoUnit.HOURS);
		stages.complete(application, ProcessIds.TASK_SCHEDULE_INTERVIEW, Map.of("startsAt",
				startsAt.toLocalDateTime().toString(), "timeZone", "Europe/Brussels", "location", "Room 3"));
		stages.fireTimer(application, "Timer_InterviewTime");
	}

	@Test
	void with_no_conflict_declared_the_whole_panel_is_invited_and_evaluates() {
		Application application = candidate(null, null);
		String process = interview(application);

		assertThat(open(process, ProcessIds.TASK_DECLARE_INTERESTS)).containsExactly("paul", "pedro", "petra");
		assertThat(open(process, ProcessIds.TASK_SCHEDULE_INTERVIEW)).as("nothing is scheduled before").isEmpty();

		stages.declareNoConflicts(application);
		assertThat(panelOf(process)).isEqualTo(List.of("paul", "pedro", "petra"));
		scheduleAndHold(application);

		assertThat(open(process, ProcessIds.TASK_EVALUATE_CANDIDATE)).containsExactly("paul", "pedro", "petra");
		assertThat(conflicts.declarations(application.getId())).hasSize(3).noneMatch(ConflictDeclaration::isConflicted);
	}

	@Test
	void a_conflicted_member_leaves_this_candidates_evaluation_when_enough_members_remain() {
		Application application = candidate(List.of("paul", "petra", "pedro", "sami"), "paul");
		String process = interview(application);

		stages.declare(application, "petra", conflict("LINE_RELATIONSHIP"));
		stages.declareNoConflicts(application);

		assertThat(open(process, ProcessIds.TASK_APPOINT_PANEL_MEMBER)).isEmpty();
		assertThat(panelOf(process)).isEqualTo(List.of("paul", "pedro", "sami"));
		scheduleAndHold(application);
		assertThat(open(process, ProcessIds.TASK_EVALUATE_CANDIDATE)).containsExactly("paul", "pedro", "sami");
		assertThat(conflicts.declarations(application.getId())).filteredOn(ConflictDeclaration::isConflicted)
			.singleElement()
			.satisfies(declared -> {
				assertThat(declared.getPanelMember()).isEqualTo("petra");
				assertThat(declared.getRelationship()).isEqualTo(ConflictDeclaration.Relationship.LINE_RELATIONSHIP);
				assertThat(declared.getDetails()).isEqualTo("We worked together until 2024.");
			});
	}

	@Test
	void a_conflict_that_leaves_the_panel_short_waits_for_hrs_substitute_who_declares_then_evaluates() {
		Application application = candidate(null, null);
		String process = interview(application);

		stages.declare(application, "pedro", conflict("FAMILY"));
		stages.declareNoConflicts(application);

		assertThat(open(process, ProcessIds.TASK_APPOINT_PANEL_MEMBER)).containsExactly("(group)");
		assertThat(open(process, ProcessIds.TASK_SCHEDULE_INTERVIEW)).isEmpty();
		assertThatThrownBy(() -> stages.complete(application, ProcessIds.TASK_APPOINT_PANEL_MEMBER, Map.of()))
			.isInstanceOf(TaskInputRejected.class)
			.hasMessageContaining("1 more member");
		assertThatThrownBy(
				() -> stages.complete(application, ProcessIds.TASK_APPOINT_PANEL_MEMBER, Map.of("member", "pedro")))
			.as("the conflicted member cannot come back")
			.hasMessageContaining("already sits");

		stages.complete(application, ProcessIds.TASK_APPOINT_PANEL_MEMBER, Map.of("member", "sami"));
		assertThat(open(process, ProcessIds.TASK_DECLARE_INTERESTS)).as("the substitute declares in turn")
			.containsExactly("sami");
		stages.declareNoConflicts(application);

		assertThat(panelOf(process)).isEqualTo(List.of("paul", "petra", "sami"));
		scheduleAndHold(application);
		assertThat(open(process, ProcessIds.TASK_EVALUATE_CANDIDATE)).containsExactly("paul", "petra", "sami");
		assertThat(conflicts.appointments(application.getId())).singleElement()
			.satisfies(appointed -> assertThat(appointed.getMember()).isEqualTo("sami"));
		assertThat(applications.history(application.getId())).filteredOn(ApplicationEvent::isNote)
			.extracting(ApplicationEvent::getActor, ApplicationEvent::getOutcome)
			.as("the audit trail: who declared what, and what HR did")
			.contains(tuple("pedro", "conflict declared"), tuple("paul", "no conflict declared"),
					tuple("sami", "no conflict declared"))
			.anySatisfy(note -> assertThat(note.toList()).contains("panel completed by HR"));
		assertThat(applications.history(application.getId())).filteredOn(ApplicationEvent::isNote)
			.filteredOn(note -> note.getActor().equals("pedro"))
			.singleElement()
			.satisfies(note -> assertThat(note.getReason()).startsWith("FAMILY: We worked together until 2024.")
				.endsWith("off this candidate's evaluation"));
	}

	@Test
	void a_conflicted_chair_neither_evaluates_nor_decides_the_chair_hr_names_does() {
		Application application = candidate(List.of("paul", "petra", "pedro", "sami"), "paul");
		String process = interview(application);

		stages.declare(application, "paul", conflict("CLOSE_FRIEND"));
		stages.declareNoConflicts(application);

		assertThat(open(process, ProcessIds.TASK_APPOINT_PANEL_MEMBER)).containsExactly("(group)");
		assertThatThrownBy(() -> stages.complete(application, ProcessIds.TASK_APPOINT_PANEL_MEMBER, Map.of()))
			.hasMessageContaining("name a chair");
		assertThatThrownBy(
				() -> stages.complete(application, ProcessIds.TASK_APPOINT_PANEL_MEMBER, Map.of("chair", "paul")))
			.hasMessageContaining("declared no conflict");
		stages.complete(application, ProcessIds.TASK_APPOINT_PANEL_MEMBER, Map.of("chair", "petra"));

		assertThat(runtime.getVariable(process, ProcessIds.VAR_PANEL_CHAIR)).isEqualTo("petra");
		assertThat(panelOf(process)).isEqualTo(List.of("pedro", "petra", "sami"));
		scheduleAndHold(application);
		assertThat(open(process, ProcessIds.TASK_EVALUATE_CANDIDATE)).containsExactly("pedro", "petra", "sami");
		assertThat(interviews.of(application.getId()).orElseThrow().getChair()).isEqualTo("petra");
	}

	@Test
	void a_declaration_says_how_the_member_knows_the_candidate_and_a_scheduled_panel_never_seats_a_conflicted_member() {
		Application application = candidate(List.of("paul", "petra", "pedro", "sami"), "paul");
		interview(application);

		assertThatThrownBy(() -> stages.declare(application, "petra", Map.of("conflict", true)))
			.isInstanceOf(TaskInputRejected.class);
		assertThatThrownBy(
				() -> stages.declare(application, "petra", Map.of("conflict", true, "relationship", "OTHER")))
			.hasMessageContaining("how you know");
		assertThatThrownBy(
				() -> stages.declare(application, "petra", Map.of("conflict", false, "relationship", "FAMILY")))
			.isInstanceOf(TaskInputRejected.class);
		stages.declare(application, "petra", conflict("OTHER"));
		stages.declareNoConflicts(application);

		assertThatThrownBy(() -> stages.complete(application, ProcessIds.TASK_SCHEDULE_INTERVIEW,
				Map.of("startsAt", ZonedDateTime.now(clock).plusDays(7).toLocalDateTime().toString(), "timeZone",
						"Europe/Brussels", "location", "Room 3", "panelMembers", "paul, petra, pedro")))
			.hasMessageContaining("petra declared a conflict");
	}

	private List<String> panelOf(String process) {
		@SuppressWarnings("unchecked")
		List<String> panel = (List<String>) runtime.getVariable(process, ProcessIds.VAR_PANEL);
		return panel.stream().sorted().toList();
	}

}
