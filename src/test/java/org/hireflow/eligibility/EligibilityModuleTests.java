package org.hireflow.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.ApplicationStatusChanged;
import org.hireflow.application.IntakeService;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.Pipeline.ProfileBuilder;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.PublishedEvents;

/**
 * The eligibility module on its own (with application, vacancy and platform): the
 * application process's first steps — derived facts, eligibility.dmn, the recorded
 * outcome — end an ineligible application with the rule that failed, before any person or
 * any other stage is involved.
 */
@ModuleTest
class EligibilityModuleTests {

	@Autowired
	IntakeService intake;

	@Autowired
	ApplicationService applications;

	@Autowired
	VacancyService vacancies;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void only_eligibility_and_what_it_declares_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "eligibility");
	}

	@Test
	void an_ineligible_application_ends_with_the_rule_that_failed(PublishedEvents events) {
		Vacancy vacancy = Fixtures.publishedVacancy(vacancies, clock);

		String outsider = applyAndCheck(vacancy, profile -> profile.nationality = "CH");
		String tooYoung = applyAndCheck(vacancy, profile -> profile.dateOfBirth = LocalDate.now(clock).minusYears(19));

		assertThat(applications.get(outsider).getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
		assertThat(applications.get(tooYoung).getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
		assertThat(events.ofType(ApplicationStatusChanged.class)
			.matching(e -> e.to() == ApplicationStatus.INELIGIBLE)
			.matching(e -> List.of(outsider, tooYoung).contains(e.reference())))
			.extracting(ApplicationStatusChanged::outcomeDetail)
			.containsExactlyInAnyOrder("NATIONALITY", "AGE_UNDER_21");
		for (String reference : List.of(outsider, tooYoung)) {
			assertThat(history.createHistoricActivityInstanceQuery()
				.processInstanceId(applications.get(reference).getProcessInstanceId())
				.activityId("EndEvent_Ineligible")
				.count()).as(reference).isEqualTo(1);
		}
	}

	private String applyAndCheck(Vacancy vacancy, Consumer<ProfileBuilder> change) {
		String reference = intake
			.submit(vacancy.getReference(), Pipeline.submission(vacancy, change), Optional.empty(), null, null)
			.application()
			.getReference();
		String process = applications.get(reference).getProcessInstanceId();
		for (Job job : management.createJobQuery().processInstanceId(process).executable().list()) {
			management.executeJob(job.getId());
		}
		return reference;
	}

}
