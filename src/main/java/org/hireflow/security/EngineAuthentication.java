package org.hireflow.security;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hands the user Spring Security authenticated on {@code /engine-rest} to the engine, so
 * that Camunda's authorization checks apply to every engine REST call; cleared after the
 * request.
 */
class EngineAuthentication extends OncePerRequestFilter {

	private final IdentityService identity;

	EngineAuthentication(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/engine-rest/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		List<String> groups = user.getAuthorities()
			.stream()
			.map(Object::toString)
			.filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
			.map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
			.toList();
		identity.setAuthentication(user.getName(), groups);
		try {
			chain.doFilter(request, response);
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
