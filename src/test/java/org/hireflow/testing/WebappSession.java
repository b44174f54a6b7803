package org.hireflow.testing;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session in the Camunda webapps: logged in through the webapps' own login
 * endpoint, with the session cookie and the XSRF token they require on every modifying
 * request.
 */
public final class WebappSession {

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

	private final String base;

	private WebappSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * Logs {@code user} (password = user id) into {@code app} (tasklist, cockpit, admin).
	 */
	public static WebappSession login(int port, String user, String app) {
		WebappSession session = new WebappSession(port);
		session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/" + app + "/")).GET());
		Api.Response response = session
			.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/admin/auth/user/default/login/" + app))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", session.xsrfToken())
				.POST(BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
						+ "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8))));
		if (response.status() != 200) {
			throw new AssertionError("webapp login of " + user + " failed: " + response);
		}
		// the login starts a new session; its XSRF token comes with the next GET, as in
		// the browser
		session.get("/camunda/api/admin/auth/user/default");
		return session;
	}

	public Api.Response postJson(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", xsrfToken())
			.POST(BodyPublishers.ofString(json)));
	}

	/** Any call, with the XSRF token the webapps require on every change. */
	public Api.Response send(String method, String path, String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", xsrfToken())
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** A session that never signed in: what a browser has before the login page. */
	public static WebappSession anonymous(int port) {
		WebappSession session = new WebappSession(port);
		session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/")).GET());
		return session;
	}

	/**
	 * Like {@link #login}, empty when the webapps refuse the user (no access to the app).
	 */
	public static java.util.Optional<WebappSession> tryLogin(int port, String user, String app) {
		try {
			return java.util.Optional.of(login(port, user, app));
		}
		catch (AssertionError refused) {
			return java.util.Optional.empty();
		}
	}

	public Api.Response get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
	}

	private String xsrfToken() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	private Api.Response send(HttpRequest.Builder request) {
		return Api.exchange(http, request.build());
	}

}
