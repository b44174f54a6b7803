package org.hireflow.platform.web;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * What the description says about errors and authentication, for every operation at once
 * (so that a new endpoint cannot forget it): each error response an operation can give is
 * an {@code application/problem+json} {@code Problem}; the public operations need no
 * credentials ({@code security: []}), every other one HTTP Basic and may answer 401 and
 * 403; every tag an operation uses is declared.
 */
class ProblemResponses implements OpenApiCustomizer {

	static final String PUBLIC_PREFIX = "/api/public/";

	private static final String PROBLEM = "#/components/schemas/Problem";

	private static final String TYPES = """
			A URI under https://hireflow.org/problems/ naming the kind of refusal, for example \
			validation-failed, invalid-parameter, missing-parameter, malformed-body, unknown-field, invalid-value, \
			invalid-request, unauthorized, forbidden, not-found, method-not-allowed, not-acceptable, \
			unsupported-media-type, payload-too-large, too-many-requests, already-applied, applications-closed, \
			idempotency-key-reused, cv-not-pdf, vacancy-status, transition-refused, application-closed, \
			interview-status, offer-status, already-evaluated, erasure-refused, concurrent-change, service-unavailable, \
			internal-error.""";

	@Override
	public void customise(OpenAPI api) {
		api.getComponents().addSchemas("FieldError", fieldError()).addSchemas("Problem", problem());
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			boolean open = path.startsWith(PUBLIC_PREFIX);
			if (open) {
				operation.setSecurity(List.of());
			}
			document(operation, path, method, open);
			jsonFirst(operation);
		}));
		api.setTags(api.getPaths()
			.values()
			.stream()
			.flatMap(item -> item.readOperations().stream())
			.flatMap(operation -> operation.getTags() == null ? java.util.stream.Stream.empty()
					: operation.getTags().stream())
			.distinct()
			.sorted()
			.map(name -> new Tag().name(name))
			.toList());
	}

	private static void document(Operation operation, String path, PathItem.HttpMethod method, boolean open) {
		ApiResponses responses = operation.getResponses();
		boolean takesInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (takesInput) {
			add(responses, "400", "The request is invalid: each field in error is named in errors");
		}
		if (!open) {
			add(responses, "401", "No credentials, or wrong ones (HTTP Basic with a Camunda user)");
			add(responses, "403", "The caller's roles do not allow this operation on this record");
		}
		if (path.contains("{")) {
			add(responses, "404", "No such record (or not one this caller may know of)");
		}
		if (method != PathItem.HttpMethod.GET && !open) {
			add(responses, "409", "The record's current state does not allow this");
		}
		add(responses, "406", "The caller does not accept application/json");
		if (operation.getRequestBody() != null) {
			add(responses, "415", "The body is not of a media type this operation takes");
		}
		// an error declared on the operation is a problem too, never the success body
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.content(problemContent());
			}
		});
	}

	/**
	 * The intake takes JSON or multipart on one operation: JSON is named first, the media
	 * type client generators build their method for.
	 */
	private static void jsonFirst(Operation operation) {
		Content content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
		String json = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
		if (content != null && content.size() > 1 && content.containsKey(json)) {
			Content ordered = new Content().addMediaType(json, content.get(json));
			content.forEach(ordered::putIfAbsent);
			operation.getRequestBody().setContent(ordered);
		}
	}

	private static void add(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().description(description));
		}
	}

	private static Content problemContent() {
		return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref(PROBLEM)));
	}

	private static Schema<?> problem() {
		Schema<?> problem = new ObjectSchema()
			.description("An RFC 9457 problem: never a stack trace; title and detail in the caller's language "
					+ "(Accept-Language: fr for French)")
			.addProperty("type", new StringSchema().format("uri").description(TYPES))
			.addProperty("title", new StringSchema().description("What kind of refusal, in a few words"))
			.addProperty("status", new IntegerSchema().description("The HTTP status"))
			.addProperty("detail", new StringSchema().description("What happened to this request"))
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
						.description("The fields or parameters in error (validation-failed, invalid-parameter, "
								+ "missing-parameter)"));
		problem.setRequired(List.of("type", "title", "status"));
		problem.setAdditionalProperties(Boolean.TRUE);
		problem.setExample(Map.of("type", Problem.TYPE_BASE + "validation-failed", "title", "Validation failed",
				"status", 400, "detail", "1 field(s) are invalid.", "instance",
				"/api/public/vacancies/VN-2026-0001/applications", "errors",
				List.of(Map.of("field", "email", "message", "must be a well-formed email address"))));
		return problem;
	}

	private static Schema<?> fieldError() {
		Schema<?> error = new ObjectSchema()
			.addProperty("field", new StringSchema().description("The field's path in the body, or the parameter"))
			.addProperty("message", new StringSchema().description("What is wrong with it"));
		error.setRequired(List.of("field", "message"));
		return error;
	}

}
