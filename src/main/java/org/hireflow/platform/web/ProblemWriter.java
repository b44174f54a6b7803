package org.hireflow.platform.web;

import org.hireflow.platform.text.Messages;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes problem details from servlet filters, which answer before Spring MVC is reached.
 */
@Component
public class ProblemWriter {

	private final ObjectMapper json;

	ProblemWriter(ObjectMapper json) {
		this.json = json;
	}

	public void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		write(response, status, type, title, detail, Map.of());
	}

	public void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail,
			Map<String, Object> properties) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		// titled in the caller's language, as the MVC advice does (the filters answer
		// before it)
		json.writeValue(response.getOutputStream(), Problem.detailOf(status, type,
				Messages.translation("problem." + type).orElse(title), detail, properties));
	}

}
