package org.hireflow.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A candidate's browser without JavaScript: keeps cookies, follows no redirects by
 * itself, and posts forms with the CSRF token of the last page it opened.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	private String csrf = "";

	private String client;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * The same browser as seen from another client address (X-Forwarded-For, trusted in
	 * the test profile).
	 */
	public Browser from(String address) {
		this.client = address;
		return this;
	}

	public Api.Response open(String path) {
		Api.Response page = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en").GET());
		Matcher token = CSRF.matcher(page.text());
		if (token.find()) {
			csrf = token.group(1);
		}
		return page;
	}

	public Api.Response submit(String path, Map<String, String> fields) {
		return submit(path, fields, "text/html");
	}

	/**
	 * Posts the form as a script would, asking for {@code accept} (problem details rather
	 * than a page).
	 */
	public Api.Response submit(String path, Map<String, String> fields, String accept) {
		String form = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		if (!csrf.isEmpty()) {
			form = form + (form.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
		}
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", accept)
			.POST(BodyPublishers.ofString(form)));
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Api.Response send(HttpRequest.Builder request) {
		if (client != null) {
			request.header("X-Forwarded-For", client);
		}
		return Api.exchange(http, request.build());
	}

}
