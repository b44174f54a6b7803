package org.hireflow.candidate;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An address no page answers ({@code /vacancies/VN-1/typo}, a mistyped link in an email)
 * is the candidate pages' 404 page for a browser, like an unknown vacancy. The APIs
 * ({@code /api/…}, {@code /engine-rest/…}) and any client asking for JSON keep their
 * problem details: the exception goes on to the API's advice.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPages {

	@ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView nothingHere(NoResourceFoundException missing, HttpServletRequest request)
			throws NoResourceFoundException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/v3/")
				|| path.startsWith("/actuator/")) {
			throw missing;
		}
		return CandidatePageErrors.page(HttpStatus.NOT_FOUND, Map.of());
	}

}
