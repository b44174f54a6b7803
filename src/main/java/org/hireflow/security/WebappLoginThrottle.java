package org.hireflow.security;

import java.io.IOException;

import org.hireflow.platform.web.ProblemWriter;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The webapps' login counts against the same per-address limit as HTTP Basic
 * ({@link LoginThrottle}), and takes only the form it can read.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

	private final String loginPrefix;

	private final LoginThrottle throttle;

	private final ProblemWriter problems;

	WebappLoginThrottle(String webappPath, LoginThrottle throttle, ProblemWriter problems) {
		this.loginPrefix = webappPath + "/api/admin/auth/user/";
		this.throttle = throttle;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = NormalisedPath.of(request);
		return !request.getMethod().equals("POST") || !path.startsWith(loginPrefix) || !path.contains("/login/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
			// the webapps' login reads a form; anything else made it fail with a 500
			problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"Unsupported media type", "Sign in with a form: application/x-www-form-urlencoded.");
			return;
		}
		String client = request.getRemoteAddr();
		if (throttle.blocked(client)) {
			tooMany(response, problems, throttle.retryAfterSeconds(client));
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()
				|| response.getStatus() == HttpStatus.FORBIDDEN.value()) {
			throttle.failed(client);
		}
	}

	static void tooMany(HttpServletResponse response, ProblemWriter problems, long retryAfterSeconds)
			throws IOException {
		response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
		problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", "Too many failed sign-ins",
				"Too many failed sign-ins from this address; try again later.");
	}

}
