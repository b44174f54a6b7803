package org.hireflow.security;

import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The staff member behind a request: HTTP Basic (Spring Security) first, else the
 * webapps' session.
 */
public final class Callers {

	private Callers() {
	}

	public static Optional<Caller> of(HttpServletRequest request) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
			return Optional.of(new Caller(user.getName(),
					user.getAuthorities()
						.stream()
						.map(Object::toString)
						.filter(a -> a.startsWith(CamundaIdentityAuthenticationProvider.GROUP_PREFIX))
						.map(a -> a.substring(CamundaIdentityAuthenticationProvider.GROUP_PREFIX.length()))
						.collect(Collectors.toSet())));
		}
		return WebappSessions.caller(request);
	}

}
