package org.hireflow.security;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Who is signed in to the Camunda webapps in this request's session, if anyone (never
 * creates a session).
 */
final class WebappSessions {

	private WebappSessions() {
	}

	static Optional<Caller> caller(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Authentications all = AuthenticationUtil.getAuthsFromSession(session);
		if (all == null
				|| !(all
					.getAuthenticationForProcessEngine(ProcessEngines.NAME_DEFAULT) instanceof UserAuthentication user)
				|| user.getIdentityId() == null) {
			return Optional.empty();
		}
		return Optional.of(new Caller(user.getIdentityId(),
				user.getGroupIds() == null ? Set.of() : Set.copyOf(user.getGroupIds())));
	}

}
