package org.hireflow.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One login for the webapps and the service's API: a staff member signed in to Tasklist
 * is signed in for the API's read-only calls too (the embedded task forms fetch what they
 * show from it), and an administrator for the embedded run's dev mailbox. Only for GET
 * and HEAD — a session cookie alone never authorises a change, so no CSRF token is needed
 * on the API.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		return !(path.startsWith("/api/") || path.startsWith("/dev/")) || request.getHeader("Authorization") != null
				|| !(method.equals("GET") || method.equals("HEAD"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() == null) {
			WebappSessions.caller(request).ifPresent(caller -> {
				List<GrantedAuthority> authorities = new ArrayList<>();
				for (String group : caller.groups()) {
					authorities
						.add(new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group));
					Roles.roleOfGroup(group)
						.ifPresent(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
				}
				SecurityContextHolder.getContext()
					.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(caller.id(), null, authorities));
			});
		}
		chain.doFilter(request, response);
	}

}
