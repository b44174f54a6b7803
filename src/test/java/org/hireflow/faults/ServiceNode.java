package org.hireflow.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service process as production runs it: the deployable jar ({@code -Dhireflow.jar},
 * built by the {@code faults} profile's package phase), profile {@code prod}, configured
 * through the HIREFLOW_* settings, with the demo staff and vacancy. A kill is a real
 * SIGKILL of that process.
 */
final class ServiceNode implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	final String name;

	final int port;

	private final Map<String, String> settings;

	private final Path log;

	private Process process;

	ServiceNode(String name, int port, Map<String, String> settings, Path directory) {
		this.name = name;
		this.port = port;
		this.settings = settings;
		this.log = directory.resolve(name + ".log");
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	/** Starts the process and waits until its health is UP. */
	ServiceNode start() throws Exception {
		Path jar = Path.of(System.getProperty("hireflow.jar", "target/hireflow.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No service jar at " + jar + ": run ./mvnw -Pfaults verify");
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--spring.profiles.active=prod",
						"--server.port=" + port, "--hireflow.demo.enabled=true", "--spring.main.banner-mode=off"));
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		Files.writeString(log, "\n===== " + Instant.now() + " start\n", java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
		process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		awaitHealth(200, Duration.ofMinutes(3));
		return this;
	}

	/**
	 * SIGKILL: no shutdown hook, no graceful close, the transactions in flight die with
	 * it.
	 */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	boolean alive() {
		return process != null && process.isAlive();
	}

	int health() {
		return health(base());
	}

	/** The health endpoint's status at {@code base}, or -1 when nothing answers. */
	static int health(String base) {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	void awaitHealth(int status, Duration patience) throws InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			if (!alive()) {
				throw new AssertionError(name + " stopped; see " + log);
			}
			if (health() == status) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError(name + ": health not " + status + " within " + patience + "; see " + log);
	}

	@Override
	public void close() throws InterruptedException {
		if (alive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

}
