package org.hireflow.platform.web;

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
		json.writeValue(response.getOutputStream(), Problem.detailOf(status, type, title, detail, properties));
	}

}
