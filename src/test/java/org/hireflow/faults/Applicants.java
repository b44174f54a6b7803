package org.hireflow.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hireflow.testing.Fixtures;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Candidates applying to the demo vacancy through the public API, each application with
 * its own Idempotency-Key, as a careful client sends it (and sends it again when it got
 * no answer).
 */
final class Applicants {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** What a candidate got: the status, the application's reference on a 201. */
	record Answer(int status, String reference, String problemType, String contentType, long millis) {
	}

	/** One application as sent: the same bytes and key when retried. */
	record Submission(String email, String key, byte[] body) {
	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String vacancy;

	private final List<Map<String, String>> answers;

	Applicants(JdbcTemplate jdbc) {
		this.vacancy = jdbc.queryForObject(
				"select reference from vacancy where status = 'PUBLISHED' order by id limit 1", String.class);
		this.answers = jdbc
			.queryForList("select q.code from vacancy_question q join vacancy v on v.id = q.vacancy_id "
					+ "where v.reference = ? order by q.position", String.class, vacancy)
			.stream()
			.map(code -> Map.of("questionCode", code, "text", "An answer to " + code + " with an example."))
			.toList();
	}

	Submission submission(String email) {
		Map<String, Object> application = Fixtures.application(email);
		application.put("answers", new ArrayList<>(answers));
		try {
			return new Submission(email, "key-" + email, JSON.writeValueAsBytes(application));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends the submission to a node (or the load balancer) at {@code base}.
	 * @throws IOException when no answer came (refused, cut, timed out)
	 */
	Answer send(String base, Submission submission) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + Fixtures.applicationsPath(vacancy)))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Idempotency-Key", submission.key())
			.POST(HttpRequest.BodyPublishers.ofByteArray(submission.body()))
			.build();
		long start = System.nanoTime();
		HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		long millis = (System.nanoTime() - start) / 1_000_000;
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		JsonNode body = response.body().length == 0 ? JSON.nullNode() : JSON.readTree(response.body());
		return new Answer(response.statusCode(), body.path("reference").asText(null), body.path("type").asText(null),
				contentType, millis);
	}

}
