package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The saved filters staff start with: "Assigned to me" and "Offered to me" instead of one
 * "My tasks" that asked for both at once (a query PostgreSQL could only answer by reading
 * every open task).
 */
@IntegrationTest
class TasklistFiltersTests {

	@Autowired
	TasklistFilters tasklistFilters;

	@Autowired
	FilterService filters;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	Pipeline pipeline;

	@Autowired
	TestClock clock;

	@Test
	void a_screening_is_offered_to_the_vacancys_recruiter_and_assigned_to_nobody() {
		TestUsers.ensure(identity, "rosa", Roles.GROUP_RECRUITERS);
		for (String member : List.of("pia", "piet", "pavel")) {
			TestUsers.ensure(identity, member, Roles.GROUP_PANEL);
		}
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, "rosa", List.of("pia", "piet", "pavel"), "pia"));
		String instance = pipeline.process(pipeline.apply(vacancy)).getId();

		List<Task> offered = as("rosa", Roles.GROUP_RECRUITERS, () -> filters.list(idOf("Offered to me")));
		List<Task> assigned = as("rosa", Roles.GROUP_RECRUITERS, () -> filters.list(idOf("Assigned to me")));

		assertThat(offered).extracting(Task::getProcessInstanceId).contains(instance);
		assertThat(assigned).extracting(Task::getProcessInstanceId).doesNotContain(instance);
	}

	@Test
	void the_old_my_tasks_filter_is_retired_at_start_up_but_not_an_administrators_own() {
		Filter old = filter(TasklistFilters.RETIRED_MY_TASKS,
				"Everything assigned to me or offered to me or my groups");
		Filter someoneElses = filter(TasklistFilters.RETIRED_MY_TASKS, "made by an administrator");

		tasklistFilters.run(null);

		assertThat(filters.getFilter(old.getId())).isNull();
		assertThat(filters.getFilter(someoneElses.getId())).isNotNull();
		filters.deleteFilter(someoneElses.getId());
	}

	private Filter filter(String name, String description) {
		Filter filter = filters.newTaskFilter(name);
		filter.setProperties(Map.of("description", description));
		filter.setQuery(tasks.createTaskQuery());
		return filters.saveFilter(filter);
	}

	private String idOf(String name) {
		return filters.createFilterQuery().filterName(name).singleResult().getId();
	}

	private <T> T as(String user, String group, Supplier<T> call) {
		identity.setAuthentication(user, List.of(group));
		try {
			return call.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
