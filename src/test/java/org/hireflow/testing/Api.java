package org.hireflow.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A plain HTTP client for the running service, as a candidate's browser or a staff
 * member's script would call it: real requests over the socket, no MockMvc.
 */
public final class Api {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private String user;

	private final Map<String, String> headers = new LinkedHashMap<>();

	public Api(int port) {
		this("http://localhost:" + port, null);
	}

	private Api(String base, String user) {
		this.base = base;
		this.user = user;
	}

	/**
	 * The same client, authenticated as {@code user} (password = user id, as for test
	 * users).
	 */
	public Api as(String user) {
		Api api = new Api(base, user);
		api.headers.putAll(headers);
		return api;
	}

	public Api header(String name, String value) {
		Api api = as(user);
		api.headers.put(name, value);
		return api;
	}

	public record Response(int status, HttpResponse<byte[]> raw) {

		public JsonNode json() {
			try {
				byte[] body = raw.body();
				return body.length == 0 ? MissingNode.getInstance() : JSON.readTree(body);
			}
			catch (IOException ex) {
				throw new AssertionError("not JSON: " + text(), ex);
			}
		}

		public String text() {
			return new String(raw.body(), StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		/** The problem type's last segment, e.g. {@code applications-closed}. */
		public String problemType() {
			String type = json().path("type").asText();
			return type.substring(type.lastIndexOf('/') + 1);
		}

		@Override
		public String toString() {
			return status + " " + text();
		}

	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response postJson(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").POST(json(body)));
	}

	/** A body as given; {@code contentType} null sends none. */
	public Response postRaw(String path, String contentType, BodyPublisher body) {
		HttpRequest.Builder request = request(path);
		return send((contentType == null ? request : request.header("Content-Type", contentType)).POST(body));
	}

	public Response putJson(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/**
	 * Declares a JSON body of {@code length} bytes with "Expect: 100-continue" and sends
	 * none of it, as a careful client would; returns the status line and body the server
	 * answers with. (Raw socket: the JDK client does not handle a final response to an
	 * expect-continue request reliably.)
	 */
	public String postDeclaringLength(String path, long length) {
		URI uri = URI.create(base + path);
		try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
			socket.setSoTimeout(10_000);
			String request = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
					+ "Content-Type: application/json\r\nContent-Length: " + length + "\r\n"
					+ "Expect: 100-continue\r\nConnection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new AssertionError("request failed: " + ex, ex);
		}
	}

	/** Multipart with a JSON part and an optional file part. */
	public Response postMultipart(String path, String jsonPartName, Object json, String filePartName, String fileName,
			String fileType, byte[] file) {
		String boundary = "----hireflow" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + jsonPartName
				+ "\"\r\nContent-Type: application/json\r\n\r\n");
		write(body, json instanceof String s ? s : toJson(json));
		write(body, "\r\n");
		if (file != null) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filePartName
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
			body.writeBytes(file);
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return postRaw(path, "multipart/form-data; boundary=" + boundary,
				BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		if (user != null) {
			builder.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
		}
		headers.forEach(builder::header);
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		return exchange(http, request.build());
	}

	/**
	 * Sends a request with any client (cookie jars, sessions) and keeps the whole answer.
	 */
	public static Response exchange(HttpClient client, HttpRequest request) {
		try {
			HttpResponse<byte[]> response = client.send(request, BodyHandlers.ofByteArray());
			return new Response(response.statusCode(), response);
		}
		catch (IOException ex) {
			throw new AssertionError("request failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static BodyPublisher json(Object body) {
		return BodyPublishers.ofString(body instanceof String s ? s : toJson(body));
	}

	public static String toJson(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
