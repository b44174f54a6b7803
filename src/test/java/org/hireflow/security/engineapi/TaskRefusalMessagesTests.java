package org.hireflow.security.engineapi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's 500s for races someone else won, as a person reads them: the filter in
 * front of engine REST rewrites the answer the engine gave.
 */
class TaskRefusalMessagesTests {

	private final ObjectMapper json = new ObjectMapper();

	private MockHttpServletResponse answer(String path, Locale locale, int status, String engineBody) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setServletPath(path);
		request.addPreferredLocale(locale);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new TaskRefusalMessages("/camunda", json).doFilter(request, response, (req, res) -> {
			((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
			res.getOutputStream().write(engineBody.getBytes(StandardCharsets.UTF_8));
		});
		return response;
	}

	@Test
	void a_task_that_vanished_as_its_form_was_submitted_is_a_404_not_a_500() throws Exception {
		var response = answer("/engine-rest/task/t-1/submit-form", Locale.FRENCH, 500,
				"{\"type\":\"RestException\",\"message\":\"Cannot submit task form t-1: Cannot find task with id t-1: "
						+ "task is null\",\"code\":0}");
		JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
		assertThat(body.path("message").asText()).startsWith("Cette tâche n’est plus ouverte");
	}

	@Test
	void a_collision_the_engine_detected_at_commit_is_a_409() throws Exception {
		var response = answer("/engine-rest/task/t-1/complete", Locale.ENGLISH, 500,
				"{\"type\":\"RestException\",\"message\":\"Cannot complete task t-1: ENGINE-03005 Execution of "
						+ "'UPDATE ExecutionEntity' failed\",\"code\":0}");
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(json.readTree(response.getContentAsString()).path("type").asText())
			.isEqualTo("OptimisticLockingException");
	}

	@Test
	void any_other_engine_failure_passes_untouched() throws Exception {
		String engine = "{\"type\":\"RestException\",\"message\":\"Cannot complete task t-1: disk full\",\"code\":0}";
		var response = answer("/engine-rest/task/t-1/complete", Locale.ENGLISH, 500, engine);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).isEqualTo(engine);
	}

}
