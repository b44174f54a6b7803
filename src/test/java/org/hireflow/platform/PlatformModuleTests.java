package org.hireflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared kernel alone starts the engine with what it adds to it: the indexes that job
 * acquisition and the "Overdue" filter read, and a custom plan for every statement on
 * every connection.
 */
@ModuleTest
class PlatformModuleTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void the_platform_starts_on_its_own() {
		assertThat(LoadedModules.of(context)).containsOnly("platform");
	}

	@Test
	void the_engine_gets_its_due_date_indexes_and_every_connection_plans_each_query_for_its_values() {
		List<String> indexes = jdbc.queryForList(
				"select indexname from pg_indexes where indexname in ('hireflow_job_due_idx', 'hireflow_task_due_idx')",
				String.class);

		assertThat(indexes).containsExactlyInAnyOrder("hireflow_job_due_idx", "hireflow_task_due_idx");
		assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
	}

}
