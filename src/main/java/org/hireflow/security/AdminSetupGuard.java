package org.hireflow.security;

import java.io.IOException;

import org.hireflow.platform.web.ProblemWriter;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Closes CVE-2026-77226 (unpatched in Camunda 7.24.0 CE): the Admin webapp's first-run
 * setup endpoint lets an anonymous caller create an administrator whenever the
 * {@code camunda-admin} group has no direct member. The service never needs it
 * (administrators come from configuration), so it is refused whatever the group state.
 */
class AdminSetupGuard extends OncePerRequestFilter {

	private final String setupPath;

	private final ProblemWriter problems;

	AdminSetupGuard(String webappPath, ProblemWriter problems) {
		this.setupPath = (webappPath + "/api/admin/setup/").toLowerCase();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (NormalisedPath.of(request).toLowerCase().startsWith(setupPath)) {
			problems.write(response, HttpStatus.FORBIDDEN, "setup-disabled", "Setup disabled",
					"The first-run administrator setup is disabled in this service.");
			return;
		}
		chain.doFilter(request, response);
	}

}
