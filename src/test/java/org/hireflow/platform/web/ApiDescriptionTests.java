package org.hireflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The OpenAPI description candidates' and staff clients are written against: what it
 * promises (every body's schema, errors as problems, public operations without
 * credentials), and its committed copy {@code docs/openapi.json}, from which the build
 * generates the client of {@code GeneratedClientTests}.
 */
@IntegrationTest
class ApiDescriptionTests {

	static final Path COMMITTED = Path.of("docs/openapi.json");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	JsonNode served() {
		Api.Response docs = new Api(port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		return docs.json();
	}

	@Test
	void the_committed_description_is_the_one_the_service_serves() throws IOException {
		JsonNode served = served();
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		JsonNode committed = Files.exists(COMMITTED) ? json.readTree(COMMITTED.toFile()) : null;
		if (!served.equals(committed)) {
			Files.writeString(COMMITTED, json.writeValueAsString(served) + "\n");
		}
		assertThat(served.equals(committed)).as("docs/openapi.json was stale and has been rewritten: commit it")
			.isTrue();
	}

	@Test
	void public_operations_need_no_credentials_and_staff_operations_need_http_basic() {
		JsonNode api = served();
		assertThat(api.path("components").path("securitySchemes").path("basic").path("scheme").asText())
			.isEqualTo("basic");
		assertThat(api.path("security").get(0).has("basic")).isTrue();
		operations(api).forEach((name, operation) -> {
			if (name.contains(" /api/public/")) {
				assertThat(operation.path("security").isArray() && operation.path("security").isEmpty())
					.as(name + " says it needs no credentials")
					.isTrue();
				assertThat(operation.path("responses").has("401")).as(name).isFalse();
			}
			else {
				assertThat(operation.path("security").path(0).has("basic")).as(name).isTrue();
				assertThat(operation.path("responses").has("401")).as(name + " documents 401").isTrue();
				assertThat(operation.path("responses").has("403")).as(name + " documents 403").isTrue();
			}
		});
	}

	@Test
	void every_error_response_is_a_problem_and_every_body_has_its_schema() {
		JsonNode api = served();
		assertThat(api.path("components").path("schemas").path("Problem").path("required").toString()).contains("type",
				"title", "status");
		operations(api).forEach((name, operation) -> {
			assertThat(operation.path("operationId").asText()).as(name + " has an operationId").isNotBlank();
			operation.path("responses").properties().forEach(response -> {
				if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
					JsonNode content = response.getValue().path("content");
					assertThat(content.size()).as(name + " " + response.getKey()).isEqualTo(1);
					assertThat(content.path("application/problem+json").path("schema").path("$ref").asText())
						.as(name + " " + response.getKey() + " is a problem")
						.isEqualTo("#/components/schemas/Problem");
				}
			});
			operation.path("requestBody").path("content").properties().forEach(media -> {
				JsonNode schema = media.getValue().path("schema");
				assertThat(schema.has("$ref") || schema.path("type").asText().equals("array"))
					.as(name + " " + media.getKey() + " body has a real schema, not " + schema)
					.isTrue();
			});
		});
		JsonNode intake = api.path("paths").path("/api/public/vacancies/{vacancyReference}/applications").path("post");
		assertThat(intake.path("requestBody")
			.path("content")
			.path("application/json")
			.path("schema")
			.path("$ref")
			.asText()).endsWith("/ApplicationRequest");
		JsonNode multipart = intake.path("requestBody").path("content").path("multipart/form-data");
		assertThat(multipart.path("encoding").path("application").path("contentType").asText())
			.isEqualTo("application/json");
		assertThat(api.path("components").path("schemas").path("ApplicationRequest").path("required").toString())
			.contains("email", "givenName", "answers");
		assertThat(intake.path("responses").has("201")).isTrue();
		assertThat(intake.path("responses").has("409")).isTrue();
	}

	/**
	 * The description names schemas by simple class name: two classes of the API with one
	 * name would share one schema, and one of them would be described wrongly (the
	 * offer's answer once was the intake's).
	 */
	@Test
	void no_two_classes_of_the_api_share_a_schema_name() {
		Map<String, Set<Class<?>>> byName = new HashMap<>();
		for (Object controller : context.getBeansWithAnnotation(RestController.class).values()) {
			for (Method method : org.springframework.aop.support.AopUtils.getTargetClass(controller)
				.getDeclaredMethods()) {
				if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
					continue;
				}
				List<Type> types = new ArrayList<>(List.of(method.getGenericParameterTypes()));
				types.add(method.getGenericReturnType());
				Operation operation = AnnotatedElementUtils.findMergedAnnotation(method, Operation.class);
				if (operation != null) {
					for (Content content : operation.requestBody().content()) {
						types.add(content.schema().implementation());
					}
				}
				Set<Type> seen = new HashSet<>();
				types.forEach(type -> collect(type, byName, seen));
			}
		}
		byName.forEach((name, classes) -> assertThat(classes).as("schema name " + name).hasSize(1));
		assertThat(byName).containsKeys("ApplicationRequest", "CaseFile", "OfferAnswerRequest");
	}

	private static void collect(Type type, Map<String, Set<Class<?>>> byName, Set<Type> seen) {
		if (!seen.add(type)) {
			return;
		}
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				collect(argument, byName, seen);
			}
			collect(parameterized.getRawType(), byName, seen);
			return;
		}
		if (!(type instanceof Class<?> cls) || !cls.getName().startsWith("org.hireflow.") || cls.isEnum()) {
			return;
		}
		Schema schema = cls.getAnnotation(Schema.class);
		String name = schema != null && !schema.name().isEmpty() ? schema.name() : cls.getSimpleName();
		byName.computeIfAbsent(name, key -> new HashSet<>()).add(cls);
		if (cls.isRecord()) {
			for (RecordComponent component : cls.getRecordComponents()) {
				collect(component.getGenericType(), byName, seen);
			}
		}
	}

	private static Map<String, JsonNode> operations(JsonNode api) {
		Map<String, JsonNode> operations = new HashMap<>();
		api.path("paths")
			.properties()
			.forEach(path -> path.getValue()
				.properties()
				.forEach(op -> operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
		assertThat(operations).hasSizeGreaterThan(20);
		return operations;
	}

}
