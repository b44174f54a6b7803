package org.hireflow.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins from this client address: answered with 429 and Retry-After.
 */
class LoginThrottled extends AuthenticationException {

	LoginThrottled() {
		super("Too many failed sign-ins from this address");
	}

}
