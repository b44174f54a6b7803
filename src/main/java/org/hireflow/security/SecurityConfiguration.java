package org.hireflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.platform.text.Messages;
import org.hireflow.platform.web.ProblemWriter;
import org.hireflow.security.engineapi.AdminActions;
import org.hireflow.security.engineapi.EngineApiFirewall;
import org.hireflow.security.engineapi.TaskRefusalMessages;
import org.hireflow.platform.process.TaskPeople;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * One filter chain for the whole service. Candidates reach only the public API and pages;
 * staff authenticate with their Camunda identity (HTTP Basic for the APIs; the webapps'
 * own login page, which checks the same identity service). Engine REST is never
 * anonymous. Every refusal is a problem-details response.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String REALM = "hireflow";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, IdentityService identity, ObjectMapper json,
			ProblemWriter problems, TaskPeople taskPeople, AdminActions adminActions, LoginThrottle throttle,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			if (ex instanceof LoginThrottled) {
				WebappLoginThrottle.tooMany(response, problems, throttle.retryAfterSeconds(request.getRemoteAddr()));
				return;
			}
			if (basicChallenged(request)) {
				// the APIs and the staff's report pages ask for HTTP Basic; candidate
				// pages never do (no browser
				// sign-in dialog)
				response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
			}
			problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
					Messages.text("problem.unauthorized.detail", "Sign in with your staff account."));
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
				"forbidden", "Forbidden", Messages.text("problem.forbidden.detail", "Your roles do not allow this."));

		// the provider is the one global AuthenticationProvider bean: registering it here
		// too made Spring Security
		// try a wrong password twice (once per manager), counting two failures per
		// request
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Roles.ADMIN)
				.requestMatchers("/api/public/**")
				.permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll()
				// engine APIs: signed in here, then closed by default (EngineApiFirewall)
				.requestMatchers("/engine-rest/**")
				.authenticated()
				.requestMatchers(webappPath + "/**", "/camunda-welcome")
				.permitAll()
				.requestMatchers("/dev/**")
				.hasRole(Roles.ADMIN)
				.requestMatchers("/", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**", "/vacancies",
						"/vacancies/**", "/applied", "/status/**", "/forms/**")
				.permitAll();
			ServiceAccess.apply(requests);
			requests.anyRequest().denyAll();
		})
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(CandidatePages.MATCHER,
						new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(CandidatePages.MATCHER,
						new StaticHeadersWriter("Content-Security-Policy", CandidatePages.CONTENT_SECURITY_POLICY))))
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
			.exceptionHandling(
					errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
			// APIs are stateless (Basic); the webapps bring their own CSRF protection.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", webappPath + "/**"))
			// Spring Security never signs anyone into the session (Basic is per request;
			// the webapps' login manages
			// its own session): it must not change the session id either — a new id on a
			// form's API call logged
			// Tasklist out while its other calls still carried the old one
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
				.sessionFixation(fixation -> fixation.none()))
			// a refused request is not remembered for after a login: no session for an
			// anonymous 401
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new AdminSetupGuard(webappPath, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new WebappLoginThrottle(webappPath, throttle, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineApiFirewall(webappPath, taskPeople, adminActions, problems),
					AuthorizationFilter.class)
			.addFilterAfter(new EngineQueryGuard(webappPath, json, problems), EngineApiFirewall.class)
			.addFilterAfter(new EngineAuthentication(identity), EngineQueryGuard.class)
			.addFilterAfter(new TaskRefusalMessages(webappPath, json), EngineAuthentication.class);
		return http.build();
	}

	private static boolean basicChallenged(jakarta.servlet.http.HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/")
				|| path.startsWith("/reports/");
	}

	/**
	 * Requests the firewall rejects (encoded slashes, "//", path parameters …) are a 400
	 * problem, not a 500.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
		return (request, response, ex) -> problems.write(response, HttpStatus.BAD_REQUEST, "request-rejected",
				"Request rejected", "The request URL is not acceptable.");
	}

}
