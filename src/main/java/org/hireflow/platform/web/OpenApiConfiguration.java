package org.hireflow.platform.web;

import java.time.LocalDateTime;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * The API description at /v3/api-docs and /swagger-ui.html, committed as
 * {@code docs/openapi.json} (a test keeps the copy current; the build generates a client
 * from it): staff calls use HTTP Basic with a Camunda user, the public ones
 * ({@code /api/public/**}) nothing.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "hireflow API",
				description = "Public vacancies and intake for candidates; staff APIs (HTTP Basic, Camunda users). "
						+ "Every error is an RFC 9457 problem (application/problem+json).",
				version = "v1", contact = @Contact(name = "hireflow maintainers", url = "https://hireflow.org")),
		servers = @Server(url = "http://localhost:8080", description = "the embedded run"),
		security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {

	static {
		// A local date-time is not an RFC 3339 date-time (it has no offset): say what it
		// is
		SpringDocUtils.getConfig()
			.replaceWithSchema(LocalDateTime.class,
					new StringSchema().pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$")
						.example("2027-01-15T23:59")
						.description("A local date and time, without offset (in the vacancy's time zone)"));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return new ProblemResponses();
	}

}
