package org.hireflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hireflow.platform.process.ProcessIds.TASK_APPROVE_AS_HIRING_MANAGER;
import static org.hireflow.platform.process.ProcessIds.TASK_APPROVE_AS_HR;
import static org.hireflow.platform.process.ProcessIds.TASK_DECIDE_ON_UNFILLED_POSTS;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.platform.process.TaskInputRejected;
import org.hireflow.testing.DatabaseHeavy;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyEvent;
import org.hireflow.vacancy.VacancyService;
import org.hireflow.vacancy.VacancyStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** The vacancy lifecycle, path by path. */
@DatabaseHeavy
@IntegrationTest
class VacancyProcessTests {

	@Autowired
	Pipeline pipeline;

	@Autowired
	ProcessEngine engine;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	@BeforeEach
	void setUp() {
		AbstractAssertions.init(engine);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void an_approved_vacancy_is_published_and_closes_at_its_closing_instant() {
		Vacancy vacancy = pipeline.submittedVacancy(1);
		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.APPROVAL);
		assertThat(pipeline.task(vacancy.getReference(), TASK_APPROVE_AS_HIRING_MANAGER).getAssignee())
			.isEqualTo("henri");

		pipeline.complete(vacancy.getReference(), TASK_APPROVE_AS_HIRING_MANAGER, Map.of("approved", true));
		pipeline.complete(vacancy.getReference(), TASK_APPROVE_AS_HR, Map.of("approved", true));

		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.PUBLISHED);
		assertThat(pipeline.timer(vacancy.getReference(), "Timer_ClosingDateReached").getDuedate().toInstant())
			.isEqualTo(vacancy.getClosingAt());

		pipeline.fireTimer(vacancy.getReference(), "Timer_ClosingDateReached");

		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.CLOSED);
		assertThat(pipeline.process(vacancy.getReference())).isWaitingAt("Gateway_WaitForOutcome");
		assertThat(vacancies.history(vacancy.getId())).extracting(VacancyEvent::getAction)
			.containsExactly("drafted", "submitted for approval", "approved by hiring manager", "approved by HR",
					"published", "closed");
	}

	@Test
	void a_refusal_by_the_hiring_manager_cancels_the_requisition_with_its_reason() {
		Vacancy vacancy = pipeline.submittedVacancy(1);

		assertThatThrownBy(() -> pipeline.complete(vacancy.getReference(), TASK_APPROVE_AS_HIRING_MANAGER,
				Map.of("approved", false)))
			.isInstanceOf(TaskInputRejected.class)
			.hasMessageContaining("is required when refusing");
		pipeline.complete(vacancy.getReference(), TASK_APPROVE_AS_HIRING_MANAGER,
				Map.of("approved", false, "reason", "No budget line for 2027"));

		assertThat(pipeline.process(vacancy.getReference())).isEnded().hasPassed("EndEvent_RequisitionRefused");
		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.CANCELLED);
		assertThat(vacancies.history(vacancy.getId())).extracting(VacancyEvent::getDetail)
			.contains("Requisition refused by hiring manager: No budget line for 2027");
	}

	@Test
	void a_refusal_by_hr_cancels_the_requisition() {
		Vacancy vacancy = pipeline.submittedVacancy(1);
		pipeline.complete(vacancy.getReference(), TASK_APPROVE_AS_HIRING_MANAGER, Map.of("approved", true));

		pipeline.complete(vacancy.getReference(), TASK_APPROVE_AS_HR,
				Map.of("approved", false, "reason", "Grade not justified by the job description"));

		assertThat(pipeline.process(vacancy.getReference())).isEnded().hasPassed("EndEvent_RequisitionRefused");
		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.CANCELLED);
	}

	@Test
	void extending_the_closing_date_moves_the_timer_with_it() {
		Vacancy vacancy = pipeline.openVacancy(1);
		ZonedDateTime later = vacancy.getClosingAt().atZone(vacancy.getTimeZone()).plusWeeks(2);

		vacancies.extendClosingDate(vacancy.getReference(), later, "henri");
		pipeline.runJobs();

		assertThat(pipeline.process(vacancy.getReference())).hasPassed("Message_ClosingDateChangedCatch");
		assertThat(pipeline.timer(vacancy.getReference(), "Timer_ClosingDateReached").getDuedate().toInstant())
			.isEqualTo(later.toInstant());
		assertThatThrownBy(() -> vacancies.extendClosingDate(vacancy.getReference(), later.minusDays(1), "henri"))
			.hasMessageContaining("later than the current one");
	}

	@Test
	void a_closing_date_that_has_passed_cannot_be_extended() {
		Vacancy vacancy = pipeline.openVacancy(1);
		clock.advance(Duration.between(clock.instant(), vacancy.getClosingAt()).plusMinutes(1));

		assertThatThrownBy(() -> vacancies.extendClosingDate(vacancy.getReference(),
				vacancy.getClosingAt().atZone(vacancy.getTimeZone()).plusWeeks(1), "henri"))
			.hasMessageContaining("has passed");
	}

	@Test
	void a_vacancy_whose_posts_were_filled_before_closing_ends_at_its_closing_date() {
		Vacancy vacancy = pipeline.openVacancy(1);
		String reference = pipeline.apply(vacancy);
		pipeline.throughPanel(reference, 4, "SELECT");
		pipeline.hire(reference);
		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.FILLED);

		pipeline.fireTimer(vacancy.getReference(), "Timer_ClosingDateReached");

		assertThat(pipeline.process(vacancy.getReference())).isEnded()
			.hasPassed("Gateway_AlreadyFilled", "EndEvent_VacancyFilled")
			.hasNotPassed("Gateway_WaitForOutcome");
	}

	@Test
	void with_the_reserve_list_exhausted_the_hiring_manager_re_advertises_and_the_vacancy_opens_again() {
		Vacancy vacancy = pipeline.openVacancy(1);
		String declines = pipeline.apply(vacancy);
		pipeline.fireTimer(vacancy.getReference(), "Timer_ClosingDateReached");
		pipeline.throughPanel(declines, 4, "SELECT");
		pipeline.approveOffer(declines);
		pipeline.answerOffer(declines, false);
		assertThat(pipeline.process(vacancy.getReference())).isWaitingAt(TASK_DECIDE_ON_UNFILLED_POSTS);

		assertThatThrownBy(() -> pipeline.complete(vacancy.getReference(), TASK_DECIDE_ON_UNFILLED_POSTS,
				Map.of("readvertise", true, "newClosingAt", "2020-01-01T12:00")))
			.isInstanceOf(TaskInputRejected.class);
		ZonedDateTime newClosing = ZonedDateTime.now(clock)
			.withZoneSameInstant(vacancy.getTimeZone())
			.plusWeeks(3)
			.withNano(0)
			.withSecond(0);
		pipeline.complete(vacancy.getReference(), TASK_DECIDE_ON_UNFILLED_POSTS,
				Map.of("readvertise", true, "newClosingAt", newClosing.toLocalDateTime().toString()));

		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.PUBLISHED);
		assertThat(pipeline.timer(vacancy.getReference(), "Timer_ClosingDateReached").getDuedate().toInstant())
			.isEqualTo(newClosing.toInstant());
		assertThat(pipeline.status(pipeline.apply(vacancy))).isEqualTo(ApplicationStatus.SCREENING);
	}

	@Test
	void with_the_reserve_list_exhausted_the_hiring_manager_may_close_the_competition() {
		Vacancy vacancy = pipeline.openVacancy(1);
		String declines = pipeline.apply(vacancy);
		pipeline.fireTimer(vacancy.getReference(), "Timer_ClosingDateReached");
		pipeline.throughPanel(declines, 4, "SELECT");
		pipeline.approveOffer(declines);
		pipeline.answerOffer(declines, false);

		pipeline.complete(vacancy.getReference(), TASK_DECIDE_ON_UNFILLED_POSTS,
				Map.of("readvertise", false, "reason", "Post merged into VN-2027-0003"));

		assertThat(pipeline.process(vacancy.getReference())).isEnded().hasPassed("EndEvent_CompetitionClosed");
		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.CANCELLED);
	}

	@Test
	void a_failed_medical_clearance_withdraws_the_offer_too() {
		Vacancy vacancy = pipeline.openVacancy(1);
		String reference = pipeline.apply(vacancy);
		pipeline.throughPanel(reference, 4, "SELECT");
		pipeline.approveOffer(reference);
		pipeline.answerOffer(reference, true);

		pipeline.complete(reference, "Task_RecordMedicalClearance",
				Map.of("cleared", false, "reason", "Medical standard not met"));

		assertThat(pipeline.called(reference, "clearances")).isEnded().hasPassed("EndEvent_MedicalFailed");
		assertThat(pipeline.process(reference)).isEnded().hasPassed("Task_WithdrawOffer");
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.OFFER_WITHDRAWN);
	}

}
