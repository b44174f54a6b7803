package org.hireflow.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service, the same users the webapps know,
 * and turns the user's groups into authorities: {@code GROUP_<id>} for each group,
 * {@code ROLE_<role>} for role groups. Camunda's growing delay per account and the
 * {@link LoginThrottle} per client address apply.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	static final String GROUP_PREFIX = "GROUP_";

	private final IdentityService identity;

	private final LoginThrottle throttle;

	CamundaIdentityAuthenticationProvider(IdentityService identity, LoginThrottle throttle) {
		this.identity = identity;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String client = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (throttle.blocked(client)) {
			throw new LoginThrottled();
		}
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !identity.checkPassword(userId, credentials.toString())) {
			throttle.failed(client);
			throw new BadCredentialsException("Bad credentials");
		}
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
	}

	List<GrantedAuthority> authoritiesOf(String userId) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Group group : identity.createGroupQuery().groupMember(userId).list()) {
			authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + group.getId()));
			Roles.roleOfGroup(group.getId())
				.ifPresent(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
		}
		return authorities;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
