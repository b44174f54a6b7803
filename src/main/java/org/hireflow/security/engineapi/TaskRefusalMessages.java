package org.hireflow.security.engineapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hireflow.platform.text.Messages;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A person whose form the server refuses reads the form's message, not the engine's
 * "Cannot complete task 5f0c…-…: task: " before it: Tasklist shows the REST error's
 * message as it is. A field's refusal keeps the field's name ("score: must be from 0 to
 * 100"). Two people at the same moment get one winner and one clear refusal, never a 500:
 * the loser of a race on the same case (two panel members completing their parallel
 * tasks, which both update the case's count — the engine's
 * {@code OptimisticLockingException}) or on the same task's claim
 * ({@code TaskAlreadyClaimedException}) gets a 409 in the engine's error format, in their
 * language; nothing of theirs was saved (the engine rolled it back), and they can reload
 * and submit again. A task that vanished in that moment (the case was withdrawn) is a
 * 404. Only the answers of task completions, form submissions and claims are read; every
 * other answer passes untouched, unbuffered.
 */
public class TaskRefusalMessages extends OncePerRequestFilter {

	private static final Pattern ENGINE_PREFIX = Pattern
		.compile("^Cannot (?:complete task|submit task form) [0-9A-Za-z-]+: (?:task: )?");

	/**
	 * The engine's code of an optimistic-locking failure ("ENGINE-03005 Execution of
	 * 'UPDATE …' failed").
	 */
	static final String OPTIMISTIC_LOCK_CODE = "ENGINE-03005";

	/** What the engine says (in a 500) of a task that was there a moment ago. */
	static final String TASK_GONE = "Cannot find task with id";

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
				&& path.get(0).equals("task") && List.of("complete", "submit-form", "claim").contains(path.get(2));
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
			else if (answer.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
				LocaleContext previous = LocaleContextHolder.getLocaleContext();
				LocaleContextHolder.setLocale(request.getLocale());
				try {
					lostRace(answer, request.getRequestURI().endsWith("/claim"));
				}
				finally {
					LocaleContextHolder.setLocaleContext(previous);
				}
			}
		}
		finally {
			answer.copyBodyToResponse();
		}
	}

	/** The engine's 500 for a race someone else won, as the 409 it is. */
	private void lostRace(ContentCachingResponseWrapper answer, boolean claim) throws IOException {
		JsonNode body;
		try {
			body = json.readTree(answer.getContentAsByteArray());
		}
		catch (IOException notJson) {
			return;
		}
		if (!(body instanceof ObjectNode error)) {
			return;
		}
		// submit-form and complete wrap the engine's exception in a RestException: its
		// code tells
		String type = error.path("type").asText();
		String said = error.path("message").asText();
		String message = null;
		int status = HttpServletResponse.SC_CONFLICT;
		boolean collided = type.equals("OptimisticLockingException") || said.contains(OPTIMISTIC_LOCK_CODE);
		if (claim && (collided || type.equals("TaskAlreadyClaimedException"))) {
			// two claims at once: the engine's check or its row lock stopped the second
			type = "TaskAlreadyClaimedException";
			message = Messages.text("refusal.task-claimed", "Someone else has just claimed this task.");
		}
		else if (collided) {
			type = "OptimisticLockingException";
			message = Messages.text("refusal.concurrent-task",
					"Someone else changed this case at the same moment; nothing of yours was saved. "
							+ "Reload the task and submit it again.");
		}
		else if (said.contains(TASK_GONE)) {
			// the case ended (a withdrawal) or someone completed the task between the
			// person's check and the engine's
			type = "InvalidRequestException";
			status = HttpServletResponse.SC_NOT_FOUND;
			message = Messages.text("refusal.task-gone",
					"This task is no longer open: someone else completed it or the case has ended. "
							+ "Nothing of yours was saved; reload your task list.");
		}
		if (message != null) {
			error.put("type", type);
			error.put("message", message);
			answer.setStatus(status);
			answer.resetBuffer();
			answer.getOutputStream().write(json.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
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
