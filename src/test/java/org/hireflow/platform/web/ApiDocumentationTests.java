package org.hireflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI description candidates' and staff clients are written against. */
@IntegrationTest
class ApiDocumentationTests {

	@LocalServerPort
	int port;

	@Test
	void the_api_description_is_public_and_names_the_intake_and_the_staff_authentication() {
		Api.Response docs = new Api(port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		JsonNode api = docs.json();
		assertThat(api.path("paths").has("/api/public/vacancies/{vacancyReference}/applications")).isTrue();
		assertThat(api.path("components").path("securitySchemes").path("basic").path("scheme").asText())
			.isEqualTo("basic");
		assertThat(api.path("security").get(0).has("basic")).isTrue();
	}

}
