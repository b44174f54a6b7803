package org.hireflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hireflow.testing.Fixtures;

/**
 * HTTP as the service's users send it: candidates applying to the demo vacancy (the
 * public API, anonymous), the baseline's start, and staff's engine REST calls (HTTP
 * Basic, as the demo users).
 */
final class IntakeClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final String vacancy;

	private final List<Map<String, String>> answers;

	IntakeClient(int port, String vacancy, List<String> questionCodes) {
		this.base = "http://127.0.0.1:" + port;
		this.vacancy = vacancy;
		this.answers = questionCodes.stream()
			.map(code -> Map.of("questionCode", code, "text", "An answer to " + code + " with an example."))
			.toList();
	}

	/** One candidate applies; 201 when the application was taken. */
	int apply() throws Exception {
		Map<String, Object> application = Fixtures.application("bench-" + UUID.randomUUID() + "@example.org");
		application.put("answers", new ArrayList<>(answers));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + Fixtures.applicationsPath(vacancy)))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(application)))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** The baseline: one insert and one process start. */
	int rawStart() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/bench/raw-start"))
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** An engine REST call as a demo user (password = user id); the status. */
	int engine(String user, String method, String path, String body) throws Exception {
		return http.send(engineRequest(user, method, path, body), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** An engine REST call as a demo user, its JSON answer. */
	JsonNode engineJson(String user, String method, String path, String body) throws Exception {
		HttpResponse<byte[]> response = http.send(engineRequest(user, method, path, body),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(method + " " + path + " as " + user + ": " + response.statusCode() + " "
					+ new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
		}
		return JSON.readTree(response.body());
	}

	private HttpRequest engineRequest(String user, String method, String path, String body) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/engine-rest" + path))
			.timeout(Duration.ofSeconds(120))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/hal+json, application/json");
		return body == null ? request.method(method, HttpRequest.BodyPublishers.noBody()).build()
				: request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(body))
					.build();
	}

}
