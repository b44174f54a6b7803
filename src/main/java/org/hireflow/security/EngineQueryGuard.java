package org.hireflow.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hireflow.platform.web.ProblemWriter;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses task queries that carry expressions ({@code ${…}} or {@code #{…}}) from any
 * caller, before they reach the engine. Camunda 7.24.0 CE refuses them in plain ad-hoc
 * queries but evaluates them inside {@code orQueries} — remote code execution for whoever
 * may query tasks. Applies to the engine REST API and to the webapps' engine API, query
 * strings and JSON bodies alike (JSON escapes such as {@code \u0024} are decoded before
 * the check). Saved filters that use expressions ({@code ${currentUser()}}) keep working:
 * their query is stored in the engine, not sent by the caller; only administrators may
 * create or change filters (engine authorizations).
 */
class EngineQueryGuard extends OncePerRequestFilter {

	/**
	 * Task and filter query endpoints, after the engine API prefix (optionally with
	 * /engine/{name}).
	 */
	private static final Pattern TASK_QUERY = Pattern.compile(
			"(/engine/[^/]+)?/(task|task/count|history/task|history/task/count|filter/[^/]+/(list|count|singleResult))/?");

	/** Creating or changing a saved filter (administrators only: the firewall). */
	private static final Pattern FILTER_WRITE = Pattern.compile("(/engine/[^/]+)?/filter/(create|[^/]+)/?");

	private static final int MAX_BODY = 1024 * 1024;

	private final String[] prefixes;

	private final ObjectMapper json;

	private final ProblemWriter problems;

	EngineQueryGuard(String webappPath, ObjectMapper json, ProblemWriter problems) {
		this.prefixes = new String[] { "/engine-rest", webappPath + "/api/engine" };
		this.json = json;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return queryPath(NormalisedPath.of(request)) == null && !filterWrite(request);
	}

	private boolean filterWrite(HttpServletRequest request) {
		String uri = NormalisedPath.of(request);
		for (String prefix : prefixes) {
			if (uri.startsWith(prefix) && FILTER_WRITE.matcher(uri.substring(prefix.length())).matches()) {
				boolean create = uri.endsWith("/create") || uri.endsWith("/create/");
				return request.getMethod().equals(create ? "POST" : "PUT");
			}
		}
		return false;
	}

	/**
	 * A filter without a name or a query made the engine fail with a 500
	 * (NullPointerException): refused here as a 400. Expressions stay allowed: a saved
	 * filter may ask for {@code ${currentUser()}}.
	 */
	private void checkFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		JsonNode filter;
		try {
			filter = body.length > MAX_BODY ? null : json.readTree(body);
		}
		catch (JsonProcessingException ex) {
			filter = null;
		}
		boolean create = request.getMethod().equals("POST");
		if (filter == null || !filter.isObject() || !filter.path("name").isTextual()
				|| filter.path("name").textValue().isBlank() || !filter.path("query").isObject()
				|| (create && !"Task".equals(filter.path("resourceType").textValue()))) {
			problems.write(response, HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
					"A filter needs a name, a query (a JSON object)" + (create ? " and the resourceType Task." : "."));
			return;
		}
		chain.doFilter(new Replayed(request, body), response);
	}

	private String queryPath(String uri) {
		for (String prefix : prefixes) {
			if (uri.startsWith(prefix) && TASK_QUERY.matcher(uri.substring(prefix.length())).matches()) {
				return uri;
			}
		}
		return null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (filterWrite(request)) {
			checkFilter(request, response, chain);
			return;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (isExpression(parameter.getKey()) || isExpression(value)) {
					refuse(response);
					return;
				}
			}
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		JsonNode query = null;
		if (body.length > MAX_BODY) {
			problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Payload too large",
					"A query body may not exceed " + MAX_BODY + " bytes.");
			return;
		}
		if (body.length > 0) {
			try {
				query = json.readTree(body);
				if (!query.isObject()) {
					// the engine takes "null" or a bare string for a query and fails with
					// a 500
					problems.write(response, HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
							"A query body must be a JSON object.");
					return;
				}
				if (containsExpression(query)) {
					refuse(response);
					return;
				}
				if (containsControlCharacter(query)) {
					// a NUL reaches PostgreSQL and fails there with a 500
					problems.write(response, HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
							"A query may not contain control characters.");
					return;
				}
			}
			catch (JsonProcessingException ex) {
				problems.write(response, HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
						"A query body must be valid JSON.");
				return;
			}
		}
		if (!ownQuery(request, query)) {
			problems.write(response, HttpStatus.FORBIDDEN, "engine-call-refused", "Not allowed",
					"A task query must ask for your own tasks (assignee, candidateUser, involvedUser or owner = you, "
							+ "or candidateGroup(s) among your groups) and name nobody else.",
					Map.of("message", "A task query must ask for your own tasks."));
			return;
		}
		chain.doFilter(new Replayed(request, body), response);
	}

	/**
	 * Task queries of anyone but an administrator keep to the caller's own tasks
	 * ({@link OwnTaskQueries}).
	 */
	private boolean ownQuery(HttpServletRequest request, JsonNode query) {
		String path = NormalisedPath.of(request);
		for (String prefix : prefixes) {
			String inApi = path.startsWith(prefix) ? path.substring(prefix.length()) : null;
			if (inApi != null && OwnTaskQueries.applies(inApi)) {
				return Callers.of(request)
					.map(caller -> caller.admin()
							|| OwnTaskQueries.keepsToTheCaller(inApi, caller, request.getParameterMap(), query))
					.orElse(true);
			}
		}
		return true;
	}

	private void refuse(HttpServletResponse response) throws IOException {
		problems.write(response, HttpStatus.BAD_REQUEST, "expression-in-query", "Expressions are not allowed",
				"Task queries may not contain expressions (${…} or #{…}).");
	}

	private static boolean containsExpression(JsonNode node) {
		if (node.isTextual()) {
			return isExpression(node.textValue());
		}
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				if (isExpression(field.getKey()) || containsExpression(field.getValue())) {
					return true;
				}
			}
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				if (containsExpression(element)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean containsControlCharacter(JsonNode node) {
		if (node.isTextual()) {
			return node.textValue().chars().anyMatch(c -> Character.getType(c) == Character.CONTROL);
		}
		for (JsonNode child : node) {
			if (containsControlCharacter(child)) {
				return true;
			}
		}
		Iterator<String> names = node.fieldNames();
		while (names.hasNext()) {
			if (names.next().chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
				return true;
			}
		}
		return false;
	}

	static boolean isExpression(String value) {
		return value != null && (value.contains("${") || value.contains("#{"));
	}

	/**
	 * The request with its body read once for the check and served again to the engine.
	 */
	private static final class Replayed extends HttpServletRequestWrapper {

		private final byte[] body;

		Replayed(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("blocking reads only");
				}
			};
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
