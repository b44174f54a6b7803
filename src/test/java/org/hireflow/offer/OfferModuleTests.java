package org.hireflow.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.StageFixture;
import org.hireflow.testing.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.PublishedEvents;

/**
 * The offer module runs {@code offer.bpmn} on its own: HR approves the terms, the offer
 * goes out (an event the emails follow), the candidate's answer ends the stage and tells
 * the caller how it ended.
 */
@ModuleTest
class OfferModuleTests {

	private static final Outcome[] TO_OFFER = { Outcome.ELIGIBLE, Outcome.SHORTLISTED, Outcome.ASSESSMENT_PASSED,
			Outcome.PANEL_EVALUATED, Outcome.SELECTED };

	@Autowired
	OfferService offers;

	@Autowired
	ApplicationService applications;

	@Autowired
	HistoryService history;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	StageFixture stages;

	@Test
	void only_the_offer_module_and_what_it_declares_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "offer");
	}

	@Test
	void an_approved_offer_is_sent_and_its_acceptance_ends_the_stage_as_accepted(PublishedEvents events) {
		Application application = stages.application(TO_OFFER);
		String stage = stages.called(ProcessIds.OFFER_PROCESS, application,
				Map.of(ProcessIds.VAR_OFFER_ACCEPTED, false));
		LocalDate start = LocalDate.now(clock).plusMonths(3);

		stages.complete(application, ProcessIds.TASK_APPROVE_OFFER,
				Map.of("grade", "A.2", "step", 3, "startDate", start.toString()));
		assertThat(events.ofType(OfferSent.class).matching(sent -> sent.reference().equals(application.getReference())))
			.singleElement()
			.satisfies(sent -> assertThat(sent.startDate()).isEqualTo(start));

		offers.answer(application.getReference(), true);
		stages.runJobs(application);

		assertThat(applications.get(application.getId()).getStatus()).isEqualTo(ApplicationStatus.CLEARANCE);
		assertThat(history.createHistoricVariableInstanceQuery()
			.processInstanceId(stage)
			.variableName(ProcessIds.VAR_OFFER_ACCEPTED)
			.singleResult()
			.getValue()).isEqualTo(true);
		assertThat(stages.passed(stage, "EndEvent_OfferAccepted")).isTrue();
	}

}
