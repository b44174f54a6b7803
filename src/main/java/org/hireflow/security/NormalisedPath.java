package org.hireflow.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path the servlet container will dispatch on — decoded, dot segments resolved,
 * slashes merged — so that guards match what actually runs, whatever spelling the caller
 * chose.
 */
final class NormalisedPath {

	private NormalisedPath() {
	}

	static String of(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
	}

}
