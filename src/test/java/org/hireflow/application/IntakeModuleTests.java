package org.hireflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.PublishedEvents;

/**
 * The application module on its own (with the vacancy and platform modules it declares):
 * intake stores an application and starts its process in one transaction; no stage of the
 * pipeline, no email, no web layer is needed for that.
 */
@ModuleTest
class IntakeModuleTests {

	@Autowired
	IntakeService intake;

	@Autowired
	ApplicationService applications;

	@Autowired
	VacancyService vacancies;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void only_the_application_module_and_what_it_declares_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity");
	}

	@Test
	void an_application_is_stored_and_its_process_waits_at_its_first_save_point(PublishedEvents events) {
		Vacancy vacancy = Fixtures.publishedVacancy(vacancies, clock);

		String reference = intake.submit(vacancy.getReference(), Pipeline.submission(vacancy, profile -> {
		}), Optional.empty(), null, null).application().getReference();

		Application application = applications.get(reference);
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId())
			.isEqualTo(application.getProcessInstanceId());
		assertThat(management.createJobQuery().processInstanceId(application.getProcessInstanceId()).count())
			.as("eligibility runs after the intake's commit, as a job")
			.isEqualTo(1);
		assertThat(events.ofType(ApplicationStatusChanged.class).matching(e -> e.reference().equals(reference)))
			.singleElement()
			.satisfies(submitted -> {
				assertThat(submitted.to()).isEqualTo(ApplicationStatus.SUBMITTED);
				assertThat(submitted.vacancy().reference()).isEqualTo(vacancy.getReference());
			});
	}

}
