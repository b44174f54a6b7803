package org.hireflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.hireflow.testing.DatabaseHeavy;
import org.hireflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service's tables come from Flyway, beside Camunda's own schema, on the real
 * PostgreSQL (Hibernate validates the mapping against them at start-up).
 */
@DatabaseHeavy
@IntegrationTest
class MigrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void every_connection_plans_a_statement_with_its_own_values() {
		for (int i = 0; i < 3; i++) {
			assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
		}
	}

	@Test
	void every_migration_is_applied_successfully_and_in_order() throws Exception {
		List<String> files = Arrays
			.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql"))
			.map(file -> file.getFilename().substring(1, file.getFilename().indexOf("__")))
			.sorted(Comparator.comparingInt(Integer::parseInt))
			.toList();
		List<String> versions = jdbc.queryForList(
				"select version from hireflow_schema_history where success and version is not null and version <> '0' order by installed_rank",
				String.class);

		assertThat(files).hasSizeGreaterThanOrEqualTo(4);
		assertThat(versions).isEqualTo(files);
	}

	@Test
	void the_service_and_the_engine_keep_their_tables_apart() {
		List<String> tables = jdbc.queryForList(
				"select table_name from information_schema.tables where table_schema = current_schema()", String.class);

		assertThat(tables).contains("application", "application_event", "candidate", "vacancy", "outbox_message",
				"act_ru_execution", "act_hi_procinst");
		assertThat(jdbc.queryForObject("select count(*) from pg_trigger where tgname = 'application_event_append_only'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void the_database_is_a_postgresql_the_service_is_built_for() {
		// 15 (Debian's, the compose file's is 17) and 17 (embedded, Testcontainers) are
		// what the service is tested on
		assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
			.as("PostgreSQL 15 or later")
			.isGreaterThanOrEqualTo(150000);
	}

}
