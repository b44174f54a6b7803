package org.hireflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.TestDatabase;
import org.hireflow.testing.TestDatabaseBeans.DatabaseLease;
import org.hireflow.vacancy.Vacancies;
import org.hireflow.vacancy.VacancyService;
import org.hireflow.vacancy.VacancyStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo module on a database of its own (it only adds its vacancy to an empty one):
 * every demo user in their group, one vacancy approved and published, and nothing more
 * when it runs again.
 */
@ModuleTest
@TestPropertySource(properties = "hireflow.demo.enabled=true")
@Import(DemoModuleTests.FreshDatabase.class)
class DemoModuleTests {

	/**
	 * A new, empty database on the suite's PostgreSQL server, dropped when the context
	 * closes (after the pool that uses it).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FreshDatabase {

		@Bean(destroyMethod = "close")
		@Primary
		Fresh freshDatabase(DatabaseLease lease) throws SQLException {
			return new Fresh(lease.connection(),
					"demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT));
		}

	}

	record Fresh(TestDatabase.Connection server, String name) implements JdbcConnectionDetails, AutoCloseable {

		Fresh {
			execute(server, "create database " + name);
		}

		@Override
		public String getUsername() {
			return server.username();
		}

		@Override
		public String getPassword() {
			return server.password();
		}

		@Override
		public String getJdbcUrl() {
			return server.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		}

		@Override
		public void close() throws SQLException {
			execute(server, "drop database if exists " + name + " with (force)");
		}

		private static void execute(TestDatabase.Connection server, String sql) {
			try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
					var statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(sql, ex);
			}
		}

	}

	@Autowired
	IdentityService identity;

	@Autowired
	Vacancies vacancies;

	@Autowired
	VacancyService vacancyService;

	@Autowired
	DemoData demo;

	@Autowired
	ApplicationContext context;

	@Test
	void the_demo_loads_security_and_vacancy_and_nothing_else() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "security", "demo");
	}

	@Test
	void every_demo_user_is_in_their_group_and_one_vacancy_is_published_once() {
		for (DemoUsers.DemoUser user : DemoUsers.ALL) {
			assertThat(identity.createUserQuery().userId(user.id()).memberOfGroup(user.group()).count()).as(user.id())
				.isEqualTo(1);
			assertThat(identity.checkPassword(user.id(), user.id())).as(user.id()).isTrue();
		}
		assertThat(vacancyService.openVacancies()).singleElement()
			.satisfies(vacancy -> assertThat(vacancy.getStatus()).isEqualTo(VacancyStatus.PUBLISHED));

		demo.run(null);

		assertThat(vacancies.count()).isEqualTo(1);
	}

}
