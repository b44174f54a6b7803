package org.hireflow.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hireflow.platform.embedded.EmbeddedPostgresServer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * What a fault test breaks: a PostgreSQL server of its own (zonky's binaries, a data
 * directory under target/faults, a fixed port, so that it can be stopped and started
 * again under the service), an SMTP server, and service nodes (separate processes) on
 * them.
 */
final class FaultRig implements AutoCloseable {

	static {
		// the test's own console holds the figures; the servers' chatter stays out of it
		for (String noisy : List.of("com.icegreen", "io.zonky", "org.springframework")) {
			((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(noisy))
				.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	final Path directory;

	final SmtpSink smtp;

	private final int databasePort;

	private final List<ServiceNode> nodes = new ArrayList<>();

	private EmbeddedPostgresServer database;

	private FaultRig(Path directory) throws IOException {
		this.directory = directory;
		FileSystemUtils.deleteRecursively(directory);
		Files.createDirectories(directory);
		this.databasePort = freePort();
		this.smtp = new SmtpSink(freePort()).start();
		startDatabase();
	}

	static FaultRig start(String name) throws IOException {
		return new FaultRig(Path.of("target", "faults", name));
	}

	void startDatabase() {
		database = EmbeddedPostgresServer.start(directory.resolve("postgres"), databasePort);
	}

	/** A fast shutdown of the server: open connections are cut, the data stays. */
	void stopDatabase() {
		database.close();
		database = null;
	}

	String databaseUrl() {
		return "jdbc:postgresql://localhost:" + databasePort + "/postgres";
	}

	/** A node on this database and SMTP server; {@code settings} add to or override. */
	ServiceNode node(String name, Map<String, String> settings) throws IOException {
		Map<String, String> all = new HashMap<>(Map.of("HIREFLOW_DB_URL", databaseUrl(), "HIREFLOW_DB_USER", "postgres",
				"HIREFLOW_DB_PASSWORD", "postgres", "HIREFLOW_SMTP_HOST", "127.0.0.1", "HIREFLOW_SMTP_PORT",
				String.valueOf(smtp.port), "HIREFLOW_SMTP_AUTH", "false", "HIREFLOW_SMTP_STARTTLS", "false",
				"HIREFLOW_PUBLIC_BASE_URL", "http://localhost:8080", "HIREFLOW_TOKEN_SECRET",
				"fault-tests-only-secret-0123456789abcdefghij"));
		all.put("logging.level.root", "WARN");
		all.putAll(settings);
		ServiceNode node = new ServiceNode(name, freePort(), all, directory);
		nodes.add(node);
		return node;
	}

	/** The test's own connections (one per statement), to look at what was stored. */
	JdbcTemplate jdbc() {
		return new JdbcTemplate(new DriverManagerDataSource(databaseUrl(), "postgres", "postgres"));
	}

	/**
	 * Waits until the job executor has run every job that is due (none failed for good).
	 */
	static void awaitNoDueJobs(JdbcTemplate jdbc, java.time.Duration patience) throws InterruptedException {
		java.time.Instant deadline = java.time.Instant.now().plus(patience);
		int due = -1;
		while (java.time.Instant.now().isBefore(deadline)) {
			due = jdbc.queryForObject(
					"select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= now())",
					Integer.class);
			if (due == 0) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError(due + " jobs still due after " + patience);
	}

	/** Sleeps; an interrupt ends the sleep and stays set. */
	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws Exception {
		for (ServiceNode node : nodes) {
			node.close();
		}
		smtp.close();
		if (database != null) {
			database.close();
		}
	}

}
