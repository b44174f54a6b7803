package org.hireflow.platform.web;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Requests are refused with a 400 before any other part of the service looks at them when
 * their parameters carry control characters (a NUL reaching PostgreSQL is a 500; nothing
 * legitimate sends one), or when their path is not written the one way it is meant: no
 * "//", no dot segments, no path parameters (";x=1"), no backslash, and no
 * percent-encoding of characters that never need it (letters, digits, "-._~", "/", "%"
 * itself) or of control characters. Anything else is refused with a 400 before any other
 * part of the service looks at it: the container, Spring's path parsing and the webapps'
 * JAX-RS disagree about such paths, and a guard that reads one spelling must never be
 * passed by another.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CanonicalRequestFilter extends OncePerRequestFilter {

	/** Unreserved characters, "/", "%", "\", ";" and controls, percent-encoded. */
	private static final Pattern NEEDLESS_ESCAPE = Pattern
		.compile("%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[DdEeFf5]|5[CcFf]|7[Ee]|3[Bb]|[01][0-9A-Fa-f]|7[Ff])");

	/**
	 * A control character other than tab, line feed and carriage return, percent-encoded.
	 */
	private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:0[0-8BbCcEeFf]|1[0-9A-Fa-f]|7[Ff])");

	private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|$)");

	private static final String ERROR_PAGE = "/error";

	private final ProblemWriter problems;

	CanonicalRequestFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!canonical(request.getRequestURI())) {
			problems.write(response, HttpStatus.BAD_REQUEST, "request-rejected", "Request rejected",
					"The request path is not acceptable.");
			return;
		}
		if (hasControlCharacters(request)) {
			problems.write(response, HttpStatus.BAD_REQUEST, "request-rejected", "Request rejected",
					"Request parameters may not contain control characters.");
			return;
		}
		if (request.getRequestURI().equals(ERROR_PAGE)) {
			// the container's error page is reached by an error dispatch, never asked for
			// directly
			problems.write(response, HttpStatus.NOT_FOUND, "not-found", "Not found", "There is nothing here.");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * In the query string (decoded) and, for form posts, in the form's fields. Multipart
	 * bodies are left to the multipart parser: reading them here would parse a broken one
	 * outside the error handling.
	 */
	private static boolean hasControlCharacters(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && ENCODED_CONTROL.matcher(query).find()) {
			return true;
		}
		String type = request.getContentType();
		if (type == null || !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
			return false;
		}
		for (String[] values : request.getParameterMap().values()) {
			for (String value : values) {
				if (value.chars()
					.anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean canonical(String rawPath) {
		return !rawPath.contains("//") && rawPath.indexOf(';') < 0 && rawPath.indexOf('\\') < 0
				&& !NEEDLESS_ESCAPE.matcher(rawPath).find() && !DOT_SEGMENT.matcher(rawPath).find()
				&& rawPath.chars().allMatch(c -> c > 0x20 && c < 0x7F);
	}

}
