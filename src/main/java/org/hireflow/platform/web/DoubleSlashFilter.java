package org.hireflow.platform.web;

import java.io.IOException;

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
 * Refuses paths with "//" before anything else looks at them: the container merges the slashes but path
 * parsers further down (Spring's, the webapps' JAX-RS) disagree about them and fail with a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DoubleSlashFilter extends OncePerRequestFilter {

	private final ProblemWriter problems;

	DoubleSlashFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestURI().contains("//")) {
			problems.write(response, HttpStatus.BAD_REQUEST, "request-rejected", "Request rejected",
					"The request path is not acceptable.");
			return;
		}
		chain.doFilter(request, response);
	}

}
