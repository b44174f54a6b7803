package org.hireflow.testing;

import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The suite's PostgreSQL ({@link TestDatabase}) as the context's data source, leased for
 * as long as the Spring context lives.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseBeans {

	/** Holds a lease on the test database for as long as this Spring context lives. */
	public static final class DatabaseLease implements AutoCloseable {

		private final TestDatabase.Connection connection = TestDatabase.acquire();

		public TestDatabase.Connection connection() {
			return connection;
		}

		@Override
		public void close() {
			TestDatabase.release();
		}

	}

	@Bean(destroyMethod = "close")
	DatabaseLease testDatabaseLease() {
		return new DatabaseLease();
	}

	@Bean
	JdbcConnectionDetails testDatabase(DatabaseLease lease) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return lease.connection().username();
			}

			@Override
			public String getPassword() {
				return lease.connection().password();
			}

			@Override
			public String getJdbcUrl() {
				return lease.connection().jdbcUrl();
			}
		};
	}

}
