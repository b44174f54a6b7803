package org.hireflow.candidate;

import java.time.Clock;
import java.time.Duration;

import org.hireflow.application.EmailAddresses;
import org.hireflow.platform.web.Throttle;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * "I lost my link" at most 5 times per address and 20 times per client in ten minutes.
 */
@Component
class LostLinkThrottles {

	private static final Duration WINDOW = Duration.ofMinutes(10);

	private final Throttle perAddress;

	private final Throttle perClient;

	LostLinkThrottles(Clock clock) {
		this.perAddress = new Throttle(5, WINDOW, clock);
		this.perClient = new Throttle(20, WINDOW, clock);
	}

	/**
	 * Counts the request against both limits (both, so that one cannot be used to spare
	 * the other).
	 */
	boolean allow(String email, String client) {
		boolean address = perAddress.tryAcquire(EmailAddresses.normalise(email));
		boolean from = perClient.tryAcquire(client);
		return address && from;
	}

	static boolean wantsHtml(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept == null || accept.contains(MediaType.TEXT_HTML_VALUE);
	}

}
