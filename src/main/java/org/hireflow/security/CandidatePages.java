package org.hireflow.security;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages candidates open — some carry their status token in the URL. They send no
 * referrer anywhere and run only the service's own scripts and styles (no inline script,
 * no framing, forms post only here).
 */
final class CandidatePages {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	static final RequestMatcher MATCHER = new OrRequestMatcher(PATHS.matcher("/"), PATHS.matcher("/vacancies"),
			PATHS.matcher("/vacancies/**"), PATHS.matcher("/applied"), PATHS.matcher("/status/**"));

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'none'; object-src 'none'";

	private CandidatePages() {
	}

}
