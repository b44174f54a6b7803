package org.hireflow.security;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every request starts and ends with no engine user on its thread. The engine keeps the
 * current user in a thread-local; the webapps can leave one behind (a session's
 * authentication removed while its request runs), and the next request on that pooled
 * thread would then run — and re-validate its own session — as that user. Seen as random
 * 401s in Tasklist.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EngineAuthenticationReset extends OncePerRequestFilter {

	private final IdentityService identity;

	EngineAuthenticationReset(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		identity.clearAuthentication();
		try {
			chain.doFilter(request, response);
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
