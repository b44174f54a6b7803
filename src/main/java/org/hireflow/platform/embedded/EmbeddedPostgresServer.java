package org.hireflow.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server run from the zonky binaries on Maven Central. Stopped by
 * its owner (a Spring bean's destroy method), never by a JVM shutdown hook: the hook
 * would stop the database before the engine and the connection pool are closed.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * @param dataDirectory where the cluster lives; kept between runs. {@code null}: a
	 * fresh throw-away cluster.
	 * @param port fixed port, or 0 for any free one
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setPort(port);
			if (dataDirectory != null) {
				// a developer's data: durable commits, kept between runs
				builder.setDataDirectory(dataDirectory.toAbsolutePath())
					.setCleanDataDirectory(false)
					.setServerConfig("synchronous_commit", "on");
			}
			else {
				builder.setServerConfig("fsync", "off");
			}
			return new EmbeddedPostgresServer(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public String username() {
		return "postgres";
	}

	public String password() {
		return "postgres";
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
