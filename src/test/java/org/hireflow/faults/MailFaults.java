package org.hireflow.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import org.hireflow.faults.Applicants.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP server down, then stalling (accepts, says nothing), then back: candidates and
 * staff never wait for it; what could not be sent after every attempt is visible to
 * operators (metric and the outbox endpoint) and retried by them; in the end every
 * candidate has their acknowledgement once, with one Message-ID.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailFaults {

	static final ObjectMapper JSON = new ObjectMapper();

	/** Far above what the service answers with a working SMTP server (tens of ms). */
	static final long UNAFFECTED_MILLIS = 2_000;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final AtomicInteger counter = new AtomicInteger();

	int operatorRetries;

	FaultRig rig;

	ServiceNode node;

	Applicants applicants;

	@BeforeAll
	void start() throws Exception {
		rig = FaultRig.start("mail");
		node = rig.node("node-1", Map.of("hireflow.mail.max-attempts", "2", "hireflow.mail.first-backoff", "PT2S",
				"hireflow.mail.dispatch-interval", "PT1S"))
			.start();
		applicants = new Applicants(rig.jdbc());
	}

	@AfterAll
	void stop() throws Exception {
		rig.close();
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void emails_survive_an_smtp_outage_and_a_stalling_server_without_slowing_anyone_down() throws Exception {
		List<String> candidates = new ArrayList<>();
		List<Long> normal = applyAndTime(10, candidates);
		long tasklistNormal = timed(() -> staff("rita", "GET", "/engine-rest/task?candidateUser=rita&maxResults=15"));

		rig.smtp.stop();
		List<Long> down = applyAndTime(20, candidates);
		awaitFailed(Duration.ofMinutes(2));
		double failedGauge = metric("hireflow.outbox.messages", "status:failed");

		List<Long> stalled;
		long tasklistMillis;
		int heldConnections;
		try (StallingSmtp stalling = new StallingSmtp(rig.smtp.port)) {
			retryFailed();
			stalled = applyAndTime(20, candidates);
			tasklistMillis = timed(() -> staff("rita", "GET", "/engine-rest/task?candidateUser=rita&maxResults=15"));
			Thread.sleep(15_000); // the dispatcher meets the silent server meanwhile
			heldConnections = stalling.connections();
		}
		rig.smtp.start();
		// what failed for good while the server was down or stalled is sent again by the
		// operator
		retryFailed();
		awaitEveryCandidate(candidates, Duration.ofMinutes(3));
		int retried = operatorRetries;
		Map<String, List<SmtpSink.Received>> emails = rig.smtp.byRecipient();
		long twice = candidates.stream().filter(c -> emails.get(c).size() > 1).count();

		System.out.printf(
				"FAULTS mail: intake max ms normal=%d smtpDown=%d smtpStalling=%d, Tasklist's query normal=%dms "
						+ "stalling=%dms | "
						+ "failed gauge during outage=%.0f, silent connections held=%d, retried by operator=%d | "
						+ "candidates=%d each acknowledged once: %s%n",
				max(normal), max(down), max(stalled), tasklistNormal, tasklistMillis, failedGauge, heldConnections,
				retried, candidates.size(), twice == 0);
		assertThat(max(down)).as("intake with SMTP down (ms)").isLessThan(UNAFFECTED_MILLIS);
		assertThat(max(stalled)).as("intake with SMTP stalling (ms)").isLessThan(UNAFFECTED_MILLIS);
		assertThat(tasklistMillis).as("Tasklist's task query with SMTP stalling (ms)").isLessThan(UNAFFECTED_MILLIS);
		assertThat(failedGauge).as("hireflow.outbox.messages{status=failed} while SMTP was down").isPositive();
		assertThat(heldConnections).as("the dispatcher met the stalling server").isPositive();
		assertThat(twice).as("candidates acknowledged twice").isZero();
		assertThat(candidates).allSatisfy(candidate -> assertThat(emails.get(candidate)).hasSize(1));
	}

	private List<Long> applyAndTime(int count, List<String> candidates) throws Exception {
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String email = String.format("mail-%04d@example.org", counter.incrementAndGet());
			Answer answer = applicants.send(node.base(), applicants.submission(email));
			assertThat(answer.status()).isEqualTo(201);
			candidates.add(email);
			millis.add(answer.millis());
		}
		return millis;
	}

	/**
	 * Waits until the outbox shows failed messages (after every attempt), as operators
	 * see it.
	 */
	private void awaitFailed(Duration patience) throws Exception {
		Instant deadline = Instant.now().plus(patience);
		while (Instant.now().isBefore(deadline)) {
			if (failed().size() > 0) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("no failed message visible at /api/outbox after " + patience);
	}

	private List<Long> failed() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (JsonNode message : staff("hana", "GET", "/api/outbox?status=FAILED&size=100").path("content")) {
			ids.add(message.path("id").asLong());
		}
		return ids;
	}

	/** The operator retries every failed message; how many. */
	private int retryFailed() throws Exception {
		List<Long> ids = failed();
		for (long id : ids) {
			assertThat(staff("hana", "POST", "/api/outbox/" + id + "/retry").path("status").asText())
				.isEqualTo("PENDING");
		}
		operatorRetries += ids.size();
		return ids.size();
	}

	private void awaitEveryCandidate(List<String> candidates, Duration patience) throws Exception {
		Instant deadline = Instant.now().plus(patience);
		long missing = candidates.size();
		while (Instant.now().isBefore(deadline)) {
			Map<String, List<SmtpSink.Received>> emails = rig.smtp.byRecipient();
			missing = candidates.stream().filter(c -> !emails.containsKey(c)).count();
			if (missing == 0) {
				return;
			}
			if (!failed().isEmpty()) {
				retryFailed();
			}
			Thread.sleep(1000);
		}
		throw new AssertionError(missing + " candidates without their acknowledgement after " + patience);
	}

	private double metric(String name, String tag) throws Exception {
		return staff("demo", "GET", "/actuator/metrics/" + name + "?tag=" + tag).path("measurements")
			.path(0)
			.path("value")
			.asDouble();
	}

	private JsonNode staff(String user, String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(node.base() + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private long timed(ThrowingCall call) throws Exception {
		long start = System.nanoTime();
		call.run();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long max(List<Long> millis) {
		return millis.stream().mapToLong(Long::longValue).max().orElse(0);
	}

	interface ThrowingCall {

		void run() throws Exception;

	}

}
