package org.hireflow.testing.access;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hireflow.testing.Api;
import org.hireflow.testing.WebappSession;

/**
 * One subject's way in: HTTP Basic (staff) or nothing for the service's endpoints, a
 * webapp session for the webapps' APIs, and a cookie jar for candidate pages, whose forms
 * carry a CSRF token.
 */
public final class Probe {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/** A request as the matrix sends it. */
	public record Call(String method, String path, String contentType, String body, Map<String, String> headers) {

		public static Call of(String method, String path) {
			return new Call(method, path, null, null, Map.of());
		}

		public Call json(String json) {
			return new Call(method, path, "application/json", json, headers);
		}

		public Call body(String type, String text) {
			return new Call(method, path, type, text, headers);
		}

		public Call header(String name, String value) {
			Map<String, String> all = new LinkedHashMap<>(headers);
			all.put(name, value);
			return new Call(method, path, contentType, body, all);
		}

	}

	private final int port;

	private final Subject subject;

	private final WebappSession webapp;

	private final HttpClient pages = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	public Probe(int port, Subject subject) {
		this.port = port;
		this.subject = subject;
		String app = subject == Subject.ADMIN ? "cockpit" : "tasklist";
		Optional<WebappSession> session = subject.user == null ? Optional.empty()
				: WebappSession.tryLogin(port, subject.user, app);
		this.webapp = session.orElseGet(() -> WebappSession.anonymous(port));
	}

	public Subject subject() {
		return subject;
	}

	/**
	 * Sends the call the way this subject would: through the webapps' session for their
	 * APIs, else directly.
	 */
	public Api.Response send(Call call) {
		if (call.path().startsWith("/camunda/api/")) {
			return webapp.send(call.method(), call.path(), call.contentType(), call.body());
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
			.timeout(Duration.ofSeconds(30))
			.method(call.method(),
					call.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(call.body()));
		if (call.contentType() != null) {
			request.header("Content-Type", call.contentType());
		}
		if (subject.user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((subject.user + ":" + subject.user).getBytes(StandardCharsets.UTF_8)));
		}
		call.headers().forEach(request::header);
		return send(request);
	}

	/**
	 * Posts a candidate page's form as a browser would: opens {@code formPage} first for
	 * its CSRF token (in the same cookie jar), then posts the fields with it.
	 */
	public Api.Response submitForm(String formPage, Call post, Map<String, String> fields) {
		HttpRequest.Builder open = HttpRequest.newBuilder(URI.create("http://localhost:" + port + formPage))
			.header("Accept", "text/html")
			.GET();
		post.headers().forEach(open::header);
		Api.Response page = send(open);
		Map<String, String> form = new LinkedHashMap<>(fields);
		Matcher token = CSRF.matcher(page.text());
		if (token.find()) {
			form.put("_csrf", token.group(1));
		}
		StringBuilder body = new StringBuilder();
		form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + post.path()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(BodyPublishers.ofString(body.toString()));
		post.headers().forEach(request::header);
		return send(request);
	}

	private Api.Response send(HttpRequest.Builder request) {
		return Api.exchange(pages, request.build());
	}

}
