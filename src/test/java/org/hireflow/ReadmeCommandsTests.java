package org.hireflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples run as written. Every {@code ```bash} block is a command against
 * the running service: the test starts the service as the README's run command does (the
 * embedded profile, demo users and vacancy, its own data folder and ports, on the build's
 * runtime classpath) and runs each block with bash, {@code localhost:8080} pointed at it,
 * curl failing on any HTTP error. The build's own commands ({@code ./mvnw …},
 * {@code docker compose}, {@code .ci/…}) are {@code ```sh} blocks: CI runs those itself,
 * and nothing else may hide there.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeCommandsTests {

	static final Pattern BLOCK = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL);

	static final Pattern BUILD_COMMAND = Pattern
		.compile("^(\\w+=('[^']*'|\"[^\"]*\"|\\S+)\\s+)*(\\./mvnw |docker compose |\\.ci/|eval \"\\$\\(\\.ci/).*");

	@TempDir
	static Path work;

	Process service;

	int port;

	String readme;

	@BeforeAll
	@Timeout(300)
	void startTheServiceAsTheReadmeSays() throws Exception {
		readme = Files.readString(Path.of("README.md"));
		port = freePort();
		String classpath = "target/classes" + java.io.File.pathSeparator
				+ Files.readString(Path.of("target/runtime-classpath.txt")).strip();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classpath, HireflowApplication.class.getName())
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target/readme-service.log").toFile());
		builder.environment().put("SERVER_PORT", String.valueOf(port));
		builder.environment().put("HIREFLOW_DATA_DIR", work.resolve("postgres").toString());
		builder.environment().put("HIREFLOW_EMBEDDED_PG_PORT", String.valueOf(freePort()));
		builder.environment().put("HIREFLOW_EMBEDDED_SMTP_PORT", String.valueOf(freePort()));
		builder.environment().remove("SPRING_PROFILES_ACTIVE");
		service = builder.start();
		awaitReady(Duration.ofSeconds(240));
	}

	@AfterAll
	void stopTheService() throws InterruptedException {
		if (service == null) {
			return;
		}
		List<ProcessHandle> children = service.descendants().toList();
		service.destroy();
		if (!service.waitFor(60, TimeUnit.SECONDS)) {
			service.destroyForcibly();
		}
		children.forEach(ProcessHandle::destroy);
	}

	@Test
	@Timeout(240)
	void every_bash_block_of_the_readme_runs_against_the_service() throws Exception {
		Files.writeString(work.resolve("application.json"), jsonAfter("An `application.json` looks like this"));
		List<String> blocks = blocks("bash");
		assertThat(blocks).as("the README's examples").isNotEmpty();
		for (String block : blocks) {
			String script = "set -eo pipefail\ncurl() { command curl --fail-with-body --max-time 30 \"$@\"; }\n"
					+ block.replace("localhost:8080", "localhost:" + port);
			Process bash = new ProcessBuilder("bash", "-c", script).directory(work.toFile())
				.redirectErrorStream(true)
				.start();
			String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(bash.exitValue()).as("README block\n%s\nanswered\n%s", block, output).isZero();
		}
	}

	@Test
	void the_readme_names_the_build_commands_in_sh_blocks_and_nothing_else_there() {
		List<String> blocks = blocks("sh");
		assertThat(String.join("\n", blocks)).contains("./mvnw spring-boot:run", "./mvnw verify");
		for (String block : blocks) {
			for (String line : block.split("\n")) {
				String command = line.replaceAll("\\s+#.*$", "").strip();
				if (!command.isEmpty() && !command.startsWith("#")) {
					assertThat(command).as("a build command (./mvnw, docker compose, .ci/…)").matches(BUILD_COMMAND);
				}
			}
		}
		assertThat(blocks("shell")).as("use bash (run by this test) or sh (build commands)").isEmpty();
		assertThat(blocks("console")).isEmpty();
	}

	List<String> blocks(String language) {
		List<String> blocks = new ArrayList<>();
		Matcher matcher = BLOCK.matcher(readme);
		while (matcher.find()) {
			if (matcher.group(1).equals(language)) {
				blocks.add(matcher.group(2));
			}
		}
		return blocks;
	}

	String jsonAfter(String sentence) {
		int at = readme.indexOf(sentence);
		assertThat(at).as("the README shows an application.json").isPositive();
		Matcher matcher = BLOCK.matcher(readme);
		assertThat(matcher.find(at)).isTrue();
		assertThat(matcher.group(1)).isEqualTo("json");
		return matcher.group(2);
	}

	void awaitReady(Duration patience) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			assertThat(service.isAlive()).as("the service stopped; see target/readme-service.log").isTrue();
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("the service was not ready in " + patience + "; see target/readme-service.log");
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
