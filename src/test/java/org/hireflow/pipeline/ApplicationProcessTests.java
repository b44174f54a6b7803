package org.hireflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hireflow.platform.process.ProcessIds.TASK_DECIDE_ON_CANDIDATE;
import static org.hireflow.platform.process.ProcessIds.TASK_EVALUATE_CANDIDATE;
import static org.hireflow.platform.process.ProcessIds.TASK_JUSTIFY_CALIBRATION;
import static org.hireflow.platform.process.ProcessIds.TASK_SCHEDULE_INTERVIEW;
import static org.hireflow.platform.process.ProcessIds.TASK_SCREEN_APPLICATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.hireflow.application.ApplicationEvents;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.ApplicationEvent;
import org.hireflow.decision.DecisionService;
import org.hireflow.interview.InterviewService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputRejected;
import org.hireflow.testing.DatabaseHeavy;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.hireflow.vacancy.VacancyStatus;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The application process, path by path, on the real engine, services and PostgreSQL. */
@DatabaseHeavy
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ApplicationProcessTests {

	@Autowired
	Pipeline pipeline;

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	VacancyService vacancies;

	@Autowired
	InterviewService interviews;

	@Autowired
	DecisionService decisions;

	@Autowired
	ApplicationEvents events;

	@Autowired
	TestClock clock;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		AbstractAssertions.init(engine);
		vacancy = pipeline.openVacancy(1);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void an_eligible_candidate_goes_through_every_stage_to_hired() {
		String amelie = pipeline.apply(vacancy);
		assertThat(pipeline.process(amelie)).isWaitingAt(TASK_SCREEN_APPLICATION);

		pipeline.throughPanel(amelie, 4, "SELECT");
		pipeline.hire(amelie);

		assertThat(pipeline.process(amelie)).isEnded()
			.hasPassedInOrder("Task_CheckEligibility", TASK_SCREEN_APPLICATION, "Task_RecordAssessment",
					"CallActivity_PanelInterview", TASK_DECIDE_ON_CANDIDATE, "CallActivity_Offer",
					"CallActivity_Clearances", "Task_ConfirmAppointment");
		assertThat(pipeline.called(amelie, "interview")).isEnded()
			.hasPassedInOrder(TASK_SCHEDULE_INTERVIEW, "Task_HoldInterview", TASK_EVALUATE_CANDIDATE, "Task_Calibrate")
			.hasNotPassed(TASK_JUSTIFY_CALIBRATION);
		assertThat(pipeline.called(amelie, "offer")).isEnded()
			.hasPassedInOrder("Task_ApproveOffer", "Task_SendOffer", "EndEvent_OfferAccepted");
		assertThat(pipeline.called(amelie, "clearances")).isEnded().hasPassed("EndEvent_ClearancesPassed");
		assertThat(pipeline.status(amelie)).isEqualTo(ApplicationStatus.HIRED);
		assertThat(trail(amelie)).containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.SCREENING,
				ApplicationStatus.ASSESSMENT, ApplicationStatus.INTERVIEW, ApplicationStatus.DECISION,
				ApplicationStatus.OFFER, ApplicationStatus.CLEARANCE, ApplicationStatus.HIRED);
		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.FILLED);
	}

	@Test
	void an_ineligible_candidate_ends_at_intake_with_the_failed_rule_as_reason() {
		String reference = pipeline.apply(vacancy, profile -> profile.nationality = "CH");

		assertThat(pipeline.process(reference)).isEnded().hasPassed("EndEvent_Ineligible");
		var last = lastEvent(reference);
		assertThat(last.getToStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
		assertThat(last.getOutcome()).isEqualTo("ineligible.NATIONALITY");
		assertThat(last.getReason()).isEqualTo("Not a national of a member state");
	}

	@Test
	void the_eligibility_facts_never_stay_in_the_process() {
		String reference = pipeline.apply(vacancy);

		assertThat(runtime.getVariables(pipeline.process(reference).getId())).containsOnlyKeys(
				ProcessIds.VAR_APPLICATION_ID, ProcessIds.VAR_VACANCY_ID, ProcessIds.VAR_VACANCY_TITLE,
				ProcessIds.VAR_ELIGIBLE);
	}

	@Test
	void every_task_says_whose_it_is_by_reference_and_vacancy_title_never_by_name() {
		String reference = pipeline.apply(vacancy);

		String name = pipeline.task(reference, TASK_SCREEN_APPLICATION).getName();

		assertThat(name).isEqualTo("Screen application · " + reference + " · " + vacancy.getTitle());
		assertThat(name).doesNotContain(pipeline.application(reference).getCandidate().getFamilyName());
	}

	@Test
	void a_candidate_not_shortlisted_ends_with_the_recruiters_reason() {
		String reference = pipeline.apply(vacancy);

		pipeline.screen(reference, false);

		assertThat(pipeline.process(reference)).isEnded().hasPassed("EndEvent_ScreenedOut");
		assertThat(lastEvent(reference).getReason()).isEqualTo("Thin answers");
		assertThat(lastEvent(reference).getActor()).isNotBlank();
	}

	@Test
	void a_score_below_the_pass_mark_ends_the_application() {
		String reference = pipeline.apply(vacancy);
		pipeline.screen(reference, true);

		pipeline.assess(reference, vacancy.getAssessmentPassMark() - 1);

		assertThat(pipeline.process(reference)).isEnded().hasPassed("EndEvent_AssessmentFailed");
		assertThat(lastEvent(reference).getOutcome()).isEqualTo("assessment not passed");
	}

	@Test
	void divergent_scores_make_the_chair_justify_before_deciding() {
		String reference = pipeline.apply(vacancy);
		pipeline.screen(reference, true);
		pipeline.assess(reference, 75);
		pipeline.schedule(reference);
		pipeline.holdInterview(reference);
		pipeline.evaluate(reference, "paul", 4, Map.of(), "SELECT");
		pipeline.evaluate(reference, "petra", 4, Map.of("integrity", 2), "RESERVE");
		pipeline.evaluate(reference, "pedro", 3, Map.of(), "REJECT");

		assertThat(pipeline.called(reference, "interview")).isWaitingAt(TASK_JUSTIFY_CALIBRATION);
		long id = pipeline.application(reference).getId();
		assertThat(interviews.calibration(id).orElseThrow().getDivergentCriteria()).containsExactly("integrity");
		assertThat(pipeline.task(reference, TASK_JUSTIFY_CALIBRATION).getAssignee()).isEqualTo("paul");

		pipeline.complete(reference, TASK_JUSTIFY_CALIBRATION,
				Map.of("justification", "Petra weighed the 2019 audit finding; the panel agreed it was resolved."));
		pipeline.decide(reference, "REJECT");

		assertThat(pipeline.process(reference)).isEnded().hasPassed("EndEvent_Rejected");
		assertThat(interviews.calibration(id).orElseThrow().isJustified()).isTrue();
	}

	@Test
	void the_first_on_the_reserve_list_is_offered_the_post_when_the_selected_candidate_declines() {
		String selected = pipeline.apply(vacancy);
		String second = pipeline.apply(vacancy);
		String third = pipeline.apply(vacancy);
		pipeline.throughPanel(selected, 5, "SELECT");
		pipeline.throughPanel(second, 4, "RESERVE");
		pipeline.throughPanel(third, 3, "RESERVE");
		assertThat(pipeline.process(second)).isWaitingAt("Gateway_WaitOnReserveList");

		pipeline.approveOffer(selected);
		pipeline.answerOffer(selected, false);

		assertThat(pipeline.status(selected)).isEqualTo(ApplicationStatus.OFFER_DECLINED);
		assertThat(pipeline.called(second, "offer")).isWaitingAt("Task_ApproveOffer");
		assertThat(pipeline.called(selected, "offer")).isEnded().hasPassed("EndEvent_OfferDeclined");
		assertThat(pipeline.status(second)).isEqualTo(ApplicationStatus.OFFER);
		assertThat(pipeline.process(third)).isWaitingAt("Gateway_WaitOnReserveList");

		pipeline.hire(second);
		assertThat(pipeline.status(second)).isEqualTo(ApplicationStatus.HIRED);
	}

	@Test
	void the_chair_can_reorder_the_reserve_list_and_the_order_decides_who_is_offered_the_post() {
		String selected = pipeline.apply(vacancy);
		String higher = pipeline.apply(vacancy);
		String lower = pipeline.apply(vacancy);
		pipeline.throughPanel(selected, 5, "SELECT");
		pipeline.throughPanel(higher, 4, "RESERVE");
		pipeline.throughPanel(lower, 3, "RESERVE");

		decisions.reorder(vacancy.getId(), pipeline.application(lower).getId(), 1,
				"Only candidate with the required clearance level already");
		pipeline.approveOffer(selected);
		pipeline.answerOffer(selected, false);

		assertThat(pipeline.status(lower)).isEqualTo(ApplicationStatus.OFFER);
		assertThat(pipeline.status(higher)).isEqualTo(ApplicationStatus.RESERVE_LIST);
	}

	@Test
	void an_unanswered_offer_expires_and_with_nobody_in_reserve_the_vacancy_goes_back_to_the_hiring_manager() {
		String selected = pipeline.apply(vacancy);
		pipeline.throughPanel(selected, 4, "SELECT");
		pipeline.approveOffer(selected);
		pipeline.fireTimer(vacancy.getReference(), "Timer_ClosingDateReached");

		pipeline.fireTimer(selected, "Timer_OfferExpired");

		assertThat(pipeline.status(selected)).isEqualTo(ApplicationStatus.OFFER_EXPIRED);
		assertThat(pipeline.called(selected, "offer")).isEnded().hasPassed("Task_RecordOfferExpired");
		assertThat(pipeline.process(selected)).isEnded().hasPassed("Task_OfferToNextReserve");
		assertThat(pipeline.process(vacancy.getReference())).isWaitingAt(ProcessIds.TASK_DECIDE_ON_UNFILLED_POSTS);
	}

	@Test
	void a_failed_clearance_withdraws_the_offer_and_cancels_the_other_clearance() {
		String selected = pipeline.apply(vacancy);
		String reserve = pipeline.apply(vacancy);
		pipeline.throughPanel(selected, 5, "SELECT");
		pipeline.throughPanel(reserve, 4, "RESERVE");
		pipeline.approveOffer(selected);
		pipeline.answerOffer(selected, true);
		assertThat(pipeline.status(selected)).isEqualTo(ApplicationStatus.CLEARANCE);

		pipeline.clear(selected, false, true);

		assertThat(pipeline.called(selected, "clearances")).isEnded().hasPassed("EndEvent_SecurityFailed");
		assertThat(pipeline.process(selected)).isEnded()
			.hasPassed("Boundary_ClearanceFailed", "Task_WithdrawOffer")
			.hasNotPassed("Task_ConfirmAppointment");
		assertThat(pipeline.tasks(selected, ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE)).isEmpty();
		assertThat(pipeline.status(selected)).isEqualTo(ApplicationStatus.OFFER_WITHDRAWN);
		assertThat(pipeline.status(reserve)).isEqualTo(ApplicationStatus.OFFER);
	}

	@Test
	void a_candidate_can_withdraw_at_screening() {
		String reference = pipeline.apply(vacancy);

		withdraw(reference);

		assertThat(pipeline.process(reference)).isEnded().hasPassed("EndEvent_Withdrawn");
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(pipeline.tasks(reference, TASK_SCREEN_APPLICATION)).isEmpty();
	}

	@Test
	void a_candidate_can_withdraw_while_the_panel_evaluates() {
		String reference = pipeline.apply(vacancy);
		pipeline.screen(reference, true);
		pipeline.assess(reference, 70);
		pipeline.schedule(reference);
		pipeline.holdInterview(reference);
		pipeline.evaluate(reference, "paul", 4, Map.of(), "SELECT");

		withdraw(reference);

		assertThat(pipeline.process(reference)).isEnded().hasPassed("Task_RecordWithdrawal");
		assertThat(pipeline.tasks(reference, TASK_EVALUATE_CANDIDATE)).isEmpty();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.WITHDRAWN);
	}

	@Test
	void a_candidate_withdrawing_from_an_offer_releases_the_post_to_the_reserve_list() {
		String selected = pipeline.apply(vacancy);
		String reserve = pipeline.apply(vacancy);
		pipeline.throughPanel(selected, 5, "SELECT");
		pipeline.throughPanel(reserve, 4, "RESERVE");
		pipeline.approveOffer(selected);

		withdraw(selected);

		assertThat(pipeline.process(selected)).isEnded().hasPassed("Task_OfferToNextReserveAfterWithdrawal");
		assertThat(pipeline.status(reserve)).isEqualTo(ApplicationStatus.OFFER);
	}

	@Test
	void a_hired_candidate_can_no_longer_withdraw() {
		String reference = pipeline.apply(vacancy);
		pipeline.throughPanel(reference, 4, "SELECT");
		pipeline.hire(reference);

		assertThatThrownBy(() -> withdraw(reference)).hasMessageContaining("already hired");
	}

	@Test
	void cancelling_a_vacancy_ends_its_applications_at_every_stage() {
		String atScreening = pipeline.apply(vacancy);
		String atInterview = pipeline.apply(vacancy);
		String inReserve = pipeline.apply(vacancy);
		String atOffer = pipeline.apply(vacancy);
		pipeline.screen(atInterview, true);
		pipeline.assess(atInterview, 70);
		pipeline.throughPanel(inReserve, 4, "RESERVE");
		pipeline.throughPanel(atOffer, 5, "SELECT");

		vacancies.cancel(vacancy.getReference(), "Post abolished in the 2027 budget", "henri");
		pipeline.runJobs();

		for (String reference : List.of(atScreening, atInterview, inReserve, atOffer)) {
			assertThat(pipeline.process(reference)).isEnded().hasPassed("Task_EndForCancelledVacancy");
			assertThat(pipeline.status(reference)).as(reference).isEqualTo(ApplicationStatus.VACANCY_CANCELLED);
		}
		assertThat(pipeline.process(vacancy.getReference())).isEnded().hasPassed("EndEvent_VacancyCancelled");
		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.CANCELLED);
	}

	@Test
	void two_posts_are_filled_by_two_candidates() {
		Vacancy twoPosts = pipeline.openVacancy(2);
		String first = pipeline.apply(twoPosts);
		String second = pipeline.apply(twoPosts);
		pipeline.fireTimer(twoPosts.getReference(), "Timer_ClosingDateReached");

		pipeline.throughPanel(first, 4, "SELECT");
		pipeline.hire(first);
		assertThat(pipeline.process(twoPosts.getReference())).isWaitingAt("Gateway_WaitForOutcome");
		pipeline.throughPanel(second, 4, "SELECT");
		pipeline.hire(second);

		assertThat(pipeline.process(twoPosts.getReference())).isEnded().hasPassed("EndEvent_VacancyFilled");
		assertThat(vacancies.get(twoPosts.getId()).getFilledPosts()).isEqualTo(2);
	}

	@Test
	void an_interview_can_be_moved_and_called_off_until_it_takes_place() {
		String reference = pipeline.apply(vacancy);
		pipeline.screen(reference, true);
		pipeline.assess(reference, 70);
		var first = pipeline.schedule(reference);

		var moved = first.plusDays(1).plusHours(3);
		interviews.reschedule(reference, new org.hireflow.interview.Slot(moved, 90, null, "https://video.example/room"),
				"rita");
		assertThat(pipeline.timer(reference, "Timer_InterviewTime").getDuedate().toInstant())
			.isEqualTo(moved.toInstant());

		interviews.cancel(reference, "rita");
		assertThat(pipeline.called(reference, "interview")).isWaitingAt(TASK_SCHEDULE_INTERVIEW);
		pipeline.schedule(reference);
		pipeline.holdInterview(reference);

		assertThatThrownBy(() -> interviews.cancel(reference, "rita")).hasMessageContaining("held");
		assertThat(interviews.of(pipeline.application(reference).getId()).orElseThrow().getSequence()).isEqualTo(3);
	}

	@Test
	void overdue_screening_and_evaluations_remind_their_people_and_leave_the_tasks_open() {
		String reference = pipeline.apply(vacancy);
		pipeline.fireTimer(reference, "Timer_ScreeningOverdue");
		assertThat(pipeline.process(reference)).hasPassed("Task_EscalateOverdueScreening")
			.isWaitingAt(TASK_SCREEN_APPLICATION);

		pipeline.screen(reference, true);
		pipeline.assess(reference, 70);
		pipeline.schedule(reference);
		pipeline.holdInterview(reference);
		pipeline.fireTimer(reference, "Timer_EvaluationsOverdue");

		assertThat(pipeline.called(reference, "interview")).hasPassed("Task_RemindEvaluators");
		assertThat(pipeline.tasks(reference, TASK_EVALUATE_CANDIDATE)).hasSize(3);
	}

	@Test
	void overdue_clearances_are_escalated_to_hr_before_the_start_date_and_stay_open() {
		String reference = pipeline.apply(vacancy);
		pipeline.throughPanel(reference, 5, "SELECT");
		pipeline.approveOffer(reference);
		pipeline.answerOffer(reference, true);

		pipeline.fireTimer(reference, "Timer_SecurityClearanceOverdue");
		pipeline.fireTimer(reference, "Timer_MedicalClearanceOverdue");

		assertThat(pipeline.called(reference, "clearances")).hasPassed("Task_EscalateSecurityClearance",
				"Task_EscalateMedicalClearance");
		assertThat(pipeline.tasks(reference, ProcessIds.TASK_RECORD_SECURITY_CLEARANCE)).hasSize(1);
		pipeline.clear(reference, true, true);
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.HIRED);
	}

	@Test
	void a_reserve_list_place_expires_after_its_period() {
		String reference = pipeline.apply(vacancy);
		pipeline.throughPanel(reference, 4, "RESERVE");

		pipeline.fireTimer(reference, "Timer_ReserveListExpired");

		assertThat(pipeline.process(reference)).isEnded().hasPassed("EndEvent_ReserveExpired");
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.RESERVE_EXPIRED);
		assertThat(decisions.ranked(vacancy.getId())).isEmpty();
	}

	@Test
	void a_refused_input_is_logged_as_one_info_line_not_an_engine_error(CapturedOutput output) {
		String reference = pipeline.apply(vacancy);

		assertThatThrownBy(() -> pipeline.complete(reference, TASK_SCREEN_APPLICATION, Map.of("outcome", "REJECTED")))
			.isInstanceOf(TaskInputRejected.class);

		assertThat(output.getOut()).containsPattern("INFO .* Task input refused: .*reason");
		assertThat(output.getOut()).doesNotContain("ENGINE-16004")
			.doesNotContain("at org.hireflow.platform.process.TaskInputs");
	}

	@Test
	void what_a_person_enters_is_validated_on_completion_and_the_task_stays_open() {
		String reference = pipeline.apply(vacancy);

		assertThatThrownBy(() -> pipeline.complete(reference, TASK_SCREEN_APPLICATION, Map.of("outcome", "REJECTED")))
			.isInstanceOf(TaskInputRejected.class)
			.hasMessageContaining("reason");
		assertThatThrownBy(() -> pipeline.complete(reference, TASK_SCREEN_APPLICATION, Map.of("outcome", "MAYBE")))
			.isInstanceOf(TaskInputRejected.class);
		assertThat(pipeline.process(reference)).isWaitingAt(TASK_SCREEN_APPLICATION);

		pipeline.screen(reference, true);
		assertThatThrownBy(() -> pipeline.complete(reference, "Task_RecordAssessment",
				Map.of("kind", "WRITTEN_TEST", "score", 101)))
			.isInstanceOf(TaskInputRejected.class)
			.hasMessage("Score: must be from 0 to 100");
	}

	@Test
	void a_panel_members_scores_stay_with_their_task_and_out_of_the_process() {
		String reference = pipeline.apply(vacancy);
		pipeline.screen(reference, true);
		pipeline.assess(reference, 70);
		pipeline.schedule(reference);
		pipeline.holdInterview(reference);

		pipeline.evaluate(reference, "paul", 5, Map.of(), "SELECT");

		var variables = runtime.getVariables(pipeline.process(reference).getId());
		assertThat(variables).doesNotContainKeys("scores", "recommendation", "comment");
		assertThat(interviews.evaluations(pipeline.application(reference).getId())).singleElement()
			.satisfies(evaluation -> assertThat(evaluation.getScores()).containsEntry("integrity", 5));
		assertThatThrownBy(() -> pipeline.evaluate(reference, "petra", 6, Map.of(), "SELECT"))
			.isInstanceOf(TaskInputRejected.class);
	}

	@Test
	void an_offer_answer_counts_once() {
		String reference = pipeline.apply(vacancy);
		pipeline.throughPanel(reference, 4, "SELECT");
		pipeline.approveOffer(reference);
		pipeline.answerOffer(reference, true);

		pipeline.answerOffer(reference, true);

		assertThatThrownBy(() -> pipeline.answerOffer(reference, false)).hasMessageContaining("accepted");
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.CLEARANCE);
		assertThat(trail(reference)).containsOnlyOnce(ApplicationStatus.CLEARANCE);
	}

	@Test
	void an_offer_needs_a_future_start_date() {
		String reference = pipeline.apply(vacancy);
		pipeline.throughPanel(reference, 4, "SELECT");

		assertThatThrownBy(() -> pipeline.complete(reference, "Task_ApproveOffer",
				Map.of("grade", "A.2", "step", 1, "startDate", LocalDate.now(clock).minusDays(1).toString())))
			.isInstanceOf(TaskInputRejected.class)
			.hasMessageContaining("start date");
	}

	private void withdraw(String reference) {
		pipeline.withdraw(reference);
	}

	/** The statuses the application went through (the trail's notes change none). */
	private List<ApplicationStatus> trail(String reference) {
		return events.findByApplicationIdOrderByOccurredAtAscIdAsc(pipeline.application(reference).getId())
			.stream()
			.filter(event -> !event.isNote())
			.map(ApplicationEvent::getToStatus)
			.toList();
	}

	private ApplicationEvent lastEvent(String reference) {
		List<ApplicationEvent> trail = events
			.findByApplicationIdOrderByOccurredAtAscIdAsc(pipeline.application(reference).getId());
		return trail.get(trail.size() - 1);
	}

}
