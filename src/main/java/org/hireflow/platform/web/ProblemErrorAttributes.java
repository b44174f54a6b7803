package org.hireflow.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that reach the servlet container's error page (raised outside Spring MVC, e.g.
 * by the webapps' own filters) are shaped as problem details too: type, title, status,
 * instance — never a stack trace or message.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> defaults = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
		int status = (int) defaults.getOrDefault("status", 500);
		HttpStatus known = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problem.typeFor(status));
		problem.put("title", known == null ? "Error" : known.getReasonPhrase());
		problem.put("status", status);
		problem.put("instance", defaults.get("path"));
		return problem;
	}

}
