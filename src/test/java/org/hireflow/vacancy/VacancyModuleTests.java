package org.hireflow.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.PublishedEvents;

/**
 * The vacancy module on its own (with the platform it declares): a requisition is
 * approved, published and cancelled by its own process, with no intake, no notification,
 * no web layer loaded.
 */
@ModuleTest
class VacancyModuleTests {

	@Autowired
	VacancyService vacancies;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void staff() {
		for (String user : List.of("henri", "rita", "paul", "petra", "pedro")) {
			TestUsers.ensure(identity, user);
		}
	}

	@Test
	void only_the_vacancy_module_and_the_platform_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy");
	}

	@Test
	void a_requisition_approved_by_the_hiring_manager_and_hr_is_published_by_its_own_process() {
		Vacancy vacancy = vacancies
			.submitForApproval(vacancies.draft(Fixtures.vacancyDraft(clock, 1), "henri").getReference(), "henri");
		runJobs(vacancy);

		complete(vacancy, ProcessIds.TASK_APPROVE_AS_HIRING_MANAGER);
		complete(vacancy, ProcessIds.TASK_APPROVE_AS_HR);
		runJobs(vacancy);

		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.PUBLISHED);
	}

	@Test
	void a_cancelled_vacancy_tells_the_rest_of_the_service_with_its_reason(PublishedEvents events) {
		Vacancy vacancy = vacancies
			.submitForApproval(vacancies.draft(Fixtures.vacancyDraft(clock, 1), "henri").getReference(), "henri");
		runJobs(vacancy);

		vacancies.cancel(vacancy.getReference(), "Post frozen in the 2027 budget", "henri");
		runJobs(vacancy);

		assertThat(vacancies.get(vacancy.getId()).getStatus()).isEqualTo(VacancyStatus.CANCELLED);
		assertThat(events.ofType(VacancyCancelled.class).matching(c -> c.reference().equals(vacancy.getReference())))
			.singleElement()
			.satisfies(cancelled -> assertThat(cancelled.reason()).isEqualTo("Post frozen in the 2027 budget"));
	}

	private void complete(Vacancy vacancy, String taskKey) {
		String task = tasks.createTaskQuery()
			.processInstanceBusinessKey(vacancy.getReference())
			.taskDefinitionKey(taskKey)
			.singleResult()
			.getId();
		tasks.complete(task, Map.of("approved", true));
	}

	private void runJobs(Vacancy vacancy) {
		for (int round = 0; round < 10; round++) {
			List<Job> due = management.createJobQuery()
				.processInstanceId(vacancies.get(vacancy.getId()).getProcessInstanceId())
				.executable()
				.list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

}
