package org.hireflow.security;

import java.time.Clock;
import java.time.Duration;

import org.hireflow.platform.web.Throttle;

import org.springframework.stereotype.Component;

/**
 * Wrong passwords slow an attacker down and never lock an account for good. Per account,
 * Camunda's own delay applies: after each failure the account refuses every password for
 * base × factor^(failures−1) seconds, at most {@code login-delay-max-time}, and then
 * opens again by itself (the permanent lock after {@code login-max-attempts} is
 * configured away). Per client address, this throttle: after 20 failed sign-ins in 10
 * minutes the address gets 429 until the window ends, whichever account it tries. An
 * administrator can unlock an account at once (Admin → Users → Unlock, or {@code POST
 * /engine-rest/user/{id}/unlock}).
 */
@Component
public class LoginThrottle {

	static final int FAILURES_PER_CLIENT = 20;

	static final Duration WINDOW = Duration.ofMinutes(10);

	private final Throttle failures;

	LoginThrottle(Clock clock) {
		this.failures = new Throttle(FAILURES_PER_CLIENT, WINDOW, clock);
	}

	public boolean blocked(String client) {
		return client != null && failures.blocked(client);
	}

	public void failed(String client) {
		if (client != null) {
			failures.tryAcquire(client);
		}
	}

	public long retryAfterSeconds(String client) {
		return failures.retryAfterSeconds(client);
	}

}
