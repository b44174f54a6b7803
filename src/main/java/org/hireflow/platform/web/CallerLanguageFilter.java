package org.hireflow.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The caller's language ({@code Accept-Language}) for everything that answers before
 * Spring MVC does — the security filters' 401 and 403, the engine API's refusals — so
 * that their problem details are French for a French caller too. Spring MVC then sets its
 * own (the candidate pages' cookie) for the request it handles.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CallerLanguageFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(request.getLocale());
		try {
			chain.doFilter(request, response);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

}
