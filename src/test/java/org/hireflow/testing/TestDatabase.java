package org.hireflow.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hireflow.platform.embedded.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The test suite's PostgreSQL, chosen once per test JVM:
 * <ol>
 * <li>{@code HIREFLOW_TEST_DB_URL} set: that server (with
 * {@code HIREFLOW_TEST_DB_USER}/{@code _PASSWORD});</li>
 * <li>{@code HIREFLOW_TEST_DB=embedded} or {@code =testcontainers}: that one, and nothing
 * else is probed;</li>
 * <li>nothing set: Testcontainers when a Docker socket is usable, otherwise the embedded
 * PostgreSQL.</li>
 * </ol>
 * Started by the first Spring context that needs it and stopped when the last one closes,
 * so that it outlives the engine and the connection pools (a JVM shutdown hook of its own
 * would stop it first).
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	public static final String IMAGE_VARIABLE = "HIREFLOW_TEST_POSTGRES_IMAGE";

	public static final String DEFAULT_IMAGE = "postgres:17";

	public record Connection(String kind, String jdbcUrl, String username, String password) {
	}

	private static final AtomicInteger leases = new AtomicInteger();

	private static Connection connection;

	private static AutoCloseable server;

	private TestDatabase() {
	}

	/** Takes a lease on the database, starting it on first use. */
	public static synchronized Connection acquire() {
		if (connection == null) {
			start(System.getenv());
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopWhenIdle, "test-database-stop"));
		}
		leases.incrementAndGet();
		return connection;
	}

	/**
	 * Returns a lease. The database stays up for the next context (module tests close
	 * theirs after each class); it stops when the JVM ends, once every context has
	 * returned its lease (zonky must stop after the engines).
	 */
	public static synchronized void release() {
		leases.decrementAndGet();
	}

	private static void start(Map<String, String> env) {
		String url = env.get("HIREFLOW_TEST_DB_URL");
		String kind = env.getOrDefault("HIREFLOW_TEST_DB", "");
		if (url != null && !url.isBlank()) {
			connection = new Connection("external", url, env.getOrDefault("HIREFLOW_TEST_DB_USER", "postgres"),
					env.getOrDefault("HIREFLOW_TEST_DB_PASSWORD", ""));
		}
		else if (kind.equals("embedded")) {
			startEmbedded();
		}
		else if (kind.equals("testcontainers")) {
			startContainer(env.getOrDefault(IMAGE_VARIABLE, DEFAULT_IMAGE));
		}
		else if (!kind.isEmpty()) {
			throw new IllegalStateException(
					"HIREFLOW_TEST_DB must be 'embedded' or 'testcontainers' (or unset), not '" + kind + "'");
		}
		else if (dockerMayBeThere(env) && DockerClientFactory.instance().isDockerAvailable()) {
			startContainer(env.getOrDefault(IMAGE_VARIABLE, DEFAULT_IMAGE));
		}
		else {
			startEmbedded();
		}
		log.info("Test database: {} at {}", connection.kind(), connection.jdbcUrl());
	}

	/**
	 * Whether asking Testcontainers is worth it: without a Docker endpoint it logs an
	 * ERROR ("Could not find a valid Docker environment") on a green build's console.
	 */
	private static boolean dockerMayBeThere(Map<String, String> env) {
		Path home = Path.of(System.getProperty("user.home"));
		return !env.getOrDefault("DOCKER_HOST", "").isBlank() || Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(home.resolve(".testcontainers.properties"))
				|| Files.exists(home.resolve(".docker/run/docker.sock"))
				|| Files.exists(Path.of(env.getOrDefault("XDG_RUNTIME_DIR", "/nonexistent"), "docker.sock"));
	}

	private static void startEmbedded() {
		EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(null, 0);
		server = embedded;
		connection = new Connection("embedded", embedded.jdbcUrl(), embedded.username(), embedded.password());
	}

	private static void startContainer(String image) {
		PostgreSQLContainer<?> container = PostgresContainers.start(image, PostgresContainers.pullTimeout());
		server = container;
		connection = new Connection("testcontainers " + image + " container " + container.getContainerId(),
				container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static synchronized void stop() {
		if (server != null) {
			try {
				server.close();
			}
			catch (Exception ex) {
				log.warn("Could not stop the test database", ex);
			}
			server = null;
		}
	}

	/** Safety net for a context that failed to start and never returned its lease. */
	private static void stopWhenIdle() {
		long deadline = System.currentTimeMillis() + 20_000;
		while (leases.get() > 0 && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		stop();
	}

}
