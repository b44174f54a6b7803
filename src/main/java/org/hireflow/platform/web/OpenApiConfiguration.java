package org.hireflow.platform.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The API description at /v3/api-docs and /swagger-ui.html: staff calls use HTTP Basic
 * with a Camunda user.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "hireflow API",
				description = "Public intake and vacancies for candidates; staff APIs (HTTP Basic, Camunda users). "
						+ "Every error is an RFC 9457 problem.",
				version = "v1"),
		security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {

}
