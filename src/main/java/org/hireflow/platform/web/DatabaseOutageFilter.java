package org.hireflow.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hireflow.platform.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The database out of reach before Spring MVC is reached — a staff member's password
 * checked against the engine's users, a webapp filter reading the session — is the same
 * 503 as inside it (problem details, Retry-After), not the container's 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final ProblemWriter problems;

	DatabaseOutageFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseUnreachable.is(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable, answered 503: {}", ex.toString());
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnreachable.RETRY_AFTER_SECONDS));
			problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
					DatabaseUnreachable.detail());
		}
	}

}
