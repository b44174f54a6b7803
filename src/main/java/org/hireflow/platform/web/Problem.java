package org.hireflow.platform.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal the caller can act on, rendered as RFC 9457 problem details. Subclasses are
 * named as facts ({@code ApplicationsClosed}, {@code AlreadyApplied}) and say which rule
 * was met.
 */
public class Problem extends ErrorResponseException {

	public static final String TYPE_BASE = "https://hireflow.org/problems/";

	public Problem(HttpStatus status, String type, String title, String detail) {
		this(status, type, title, detail, Map.of());
	}

	public Problem(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
		super(status, detailOf(status, type, title, detail, properties), null);
	}

	/**
	 * The one place problem bodies are built: by exceptions, the advice and servlet
	 * filters alike.
	 */
	public static ProblemDetail detailOf(HttpStatus status, String type, String title, String detail,
			Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		properties.forEach(problem::setProperty);
		return problem;
	}

	/**
	 * The service's problem type for an error Spring or the container raises with no type
	 * of its own ({@code about:blank}): named after the status.
	 */
	public static String typeFor(int status) {
		return TYPE_BASE + switch (status) {
			case 400 -> "bad-request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "payload-too-large";
			case 415 -> "unsupported-media-type";
			case 500 -> "internal-error";
			case 503 -> "unavailable";
			default -> "http-" + status;
		};
	}

	@Override
	public String getMessage() {
		return getBody().getTitle() + ": " + getBody().getDetail();
	}

	public static Problem notFound(String what, String id) {
		return new Problem(HttpStatus.NOT_FOUND, "not-found", what + " not found",
				"No " + what.toLowerCase() + " with reference " + id + ".");
	}

	public static Problem invalid(String detail) {
		return new Problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
	}

}
