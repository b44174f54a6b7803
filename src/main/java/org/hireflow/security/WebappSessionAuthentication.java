package org.hireflow.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * One login for the webapps and the service's API: a staff member signed in to Tasklist is signed in for the
 * API's read-only calls too (the embedded task forms fetch what they show from it). Only for GET and HEAD — a
 * session cookie alone never authorises a change, so no CSRF token is needed on the API.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !request.getRequestURI().startsWith("/api/") || request.getHeader("Authorization") != null
				|| !(method.equals("GET") || method.equals("HEAD"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
			Authentications all = AuthenticationUtil.getAuthsFromSession(session);
			UserAuthentication user = all == null ? null
					: (UserAuthentication) all.getAuthenticationForProcessEngine(ProcessEngines.NAME_DEFAULT);
			if (user != null && user.getIdentityId() != null) {
				List<GrantedAuthority> authorities = new ArrayList<>();
				for (String group : user.getGroupIds()) {
					authorities.add(new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group));
					Roles.roleOfGroup(group).ifPresent(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
				}
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getIdentityId(), null,
							authorities));
			}
		}
		chain.doFilter(request, response);
	}

}
