package org.hireflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.platform.web.ProblemWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * One filter chain for the whole service. Candidates reach only the public API and pages; staff authenticate
 * with their Camunda identity (HTTP Basic for the APIs; the webapps' own login page, which checks the same
 * identity service). Engine REST is never anonymous. Every refusal is a problem-details response.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String REALM = "hireflow";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, IdentityService identity, ObjectMapper json,
			ProblemWriter problems, CamundaIdentityAuthenticationProvider provider,
			@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) throws Exception {
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
			problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
					"Sign in with your staff account.");
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN,
				"forbidden", "Forbidden", "Your roles do not allow this.");

		http.authenticationProvider(provider)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/actuator/**").hasRole(Roles.ADMIN)
				.requestMatchers("/api/public/**").permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
				.requestMatchers("/engine-rest/**").authenticated()
				.requestMatchers("/api/**").authenticated()
				// The webapps authenticate their own requests against the same identity service.
				.requestMatchers(webappPath + "/**").permitAll()
				.requestMatchers("/dev/**").authenticated()
				.requestMatchers("/", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**", "/vacancies/**",
						"/applied", "/status/**", "/forms/**")
				.permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(unauthenticated))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
			// APIs are stateless (Basic); the webapps bring their own CSRF protection.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", webappPath + "/**"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.addFilterBefore(new AdminSetupGuard(webappPath, problems), BasicAuthenticationFilter.class)
			.addFilterAfter(new WebappSessionAuthentication(), BasicAuthenticationFilter.class)
			.addFilterAfter(new EngineQueryGuard(webappPath, json, problems), AuthorizationFilter.class)
			.addFilterAfter(new EngineAuthentication(identity), AuthorizationFilter.class);
		return http.build();
	}

	/** Requests the firewall rejects (encoded slashes, "//", path parameters …) are a 400 problem, not a 500. */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
		return (request, response, ex) -> problems.write(response, HttpStatus.BAD_REQUEST, "request-rejected",
				"Request rejected", "The request URL is not acceptable.");
	}

}
