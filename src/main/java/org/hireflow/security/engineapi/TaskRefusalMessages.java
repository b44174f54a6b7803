package org.hireflow.security.engineapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A person whose form the server refuses reads the form's message, not the engine's
 * "Cannot complete task 5f0c…-…: task: " before it: Tasklist shows the REST error's
 * message as it is. A field's refusal keeps the field's name ("score: must be from 0 to
 * 100"). Only the 400 answers of task completions and form submissions are rewritten;
 * every other answer passes untouched, unbuffered.
 */
public class TaskRefusalMessages extends OncePerRequestFilter {

	private static final Pattern ENGINE_PREFIX = Pattern
		.compile("^Cannot (?:complete task|submit task form) [0-9A-Za-z-]+: (?:task: )?");

	private final String webappPath;

	private final ObjectMapper json;

	public TaskRefusalMessages(String webappPath, ObjectMapper json) {
		this.webappPath = webappPath;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return EngineApiCall.of(request, webappPath).filter(TaskRefusalMessages::completesATask).isEmpty();
	}

	static boolean completesATask(EngineApiCall call) {
		List<String> path = call.segments();
		return call.api() != EngineApiCall.Api.WEBAPP && call.method().equals("POST") && path.size() == 3
				&& path.get(0).equals("task") && List.of("complete", "submit-form").contains(path.get(2));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, answer);
			if (answer.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
				rewrite(answer);
			}
		}
		finally {
			answer.copyBodyToResponse();
		}
	}

	private void rewrite(ContentCachingResponseWrapper answer) throws IOException {
		JsonNode body;
		try {
			body = json.readTree(answer.getContentAsByteArray());
		}
		catch (IOException notJson) {
			return;
		}
		if (body instanceof ObjectNode error && error.path("message").isTextual()) {
			String message = error.get("message").asText();
			String plain = ENGINE_PREFIX.matcher(message).replaceFirst("");
			if (!plain.equals(message)) {
				error.put("message", plain);
				answer.resetBuffer();
				answer.getOutputStream().write(json.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
			}
		}
	}

}
