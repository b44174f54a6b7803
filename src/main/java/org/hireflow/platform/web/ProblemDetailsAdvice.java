package org.hireflow.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.hireflow.platform.DatabaseUnreachable;
import org.hireflow.platform.domain.DomainException;
import org.hireflow.platform.text.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

/**
 * Every error of the service's own API as problem details (RFC 9457): field errors
 * listed, unknown fields named, never a stack trace. Unexpected failures are logged with
 * an id the caller can quote.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/**
	 * Every problem Spring MVC itself raises (415, 405, missing parts …) as
	 * application/problem+json too.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		if (body instanceof ProblemDetail problem) {
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				problem.setType(URI.create(Problem.typeFor(statusCode.value())));
			}
		}
		return new ResponseEntity<>(body, problemHeaders, statusCode);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ProblemDetailsAdvice::fieldError)
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
				Messages.text("problem.validation-failed.fields", "{0,number,#} field(s) are invalid.", errors.size()),
				Map.of("errors", errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, Object>> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> Map.<String, Object>of("field", result.getMethodParameter().getParameterName(), "message",
						String.valueOf(error.getDefaultMessage()))))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
				errors.size() + " parameter(s) are invalid.", Map.of("errors", errors));
	}

	/**
	 * A query parameter of the wrong type ({@code ?status=BOGUS}): named, with what it
	 * takes.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex.getPropertyName() != null ? ex.getPropertyName()
				: ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : "parameter";
		Class<?> type = ex.getRequiredType();
		String takes = type != null && type.isEnum()
				? Messages.text("refusal.one-of", "must be one of {0}",
						String.join(", ",
								java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList()))
				: Messages.text("refusal.wrong-type", "is not a valid value");
		return problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
				Messages.text("problem.invalid-parameter", "Invalid parameter"),
				Messages.text("problem.invalid-parameter.detail", "Parameter {0}: {1}.", name, takes),
				Map.of("errors", List.of(Map.of("field", name, "message", takes))));
	}

	/** A body sent without any Content-Type says so, rather than "content type null". */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ResponseEntity<Object> response = super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
		if (ex.getContentType() == null && response != null && response.getBody() instanceof ProblemDetail body) {
			body.setDetail(Messages.text("problem.no-content-type", "No Content-Type was sent; send one of {0}.",
					String.valueOf(ex.getSupportedMediaTypes())));
		}
		return response;
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String required = Messages.text("refusal.required", "is required");
		return problem(HttpStatus.BAD_REQUEST, "missing-parameter",
				Messages.text("problem.missing-parameter", "Missing parameter"),
				Messages.text("problem.missing-parameter.detail", "Parameter {0} is required.", ex.getParameterName()),
				Map.of("errors", List.of(Map.of("field", ex.getParameterName(), "message", required))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof PayloadTooLarge tooLarge) {
			return handleTooLarge(tooLarge);
		}
		return render(JsonProblems.of(ex.getCause()));
	}

	/** The one place a domain refusal becomes HTTP. */
	@ExceptionHandler(DomainException.class)
	ResponseEntity<Object> render(DomainException refusal) {
		HttpStatus status = switch (refusal.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
			case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		};
		return problem(status, refusal.type(), refusal.localizedTitle(), refusal.getLocalizedMessage(),
				refusal.properties());
	}

	@ExceptionHandler(Problem.class)
	ResponseEntity<Object> render(Problem problem) {
		String type = String.valueOf(problem.getBody().getType()).replace(Problem.TYPE_BASE, "");
		Messages.translation("problem." + type).ifPresent(problem.getBody()::setTitle);
		return ResponseEntity.status(problem.getStatusCode())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem.getBody());
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
				Messages.text("problem.payload-too-large", "Payload too large"),
				Messages.text("problem.upload-too-large.detail", "The upload exceeds the allowed size."), Map.of());
	}

	/**
	 * A multipart body without a boundary, cut short, or with too many parts: the
	 * client's error, not ours.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> handleBrokenMultipart(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, "malformed-multipart", "Malformed multipart body",
				"The multipart body could not be read: it needs a boundary, its closing delimiter and at most a few parts.",
				Map.of());
	}

	@ExceptionHandler(PayloadTooLarge.class)
	ResponseEntity<Object> handleTooLarge(PayloadTooLarge ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
				Messages.text("problem.payload-too-large", "Payload too large"), ex.getMessage(), Map.of());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex) {
		List<Map<String, Object>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.<String, Object>of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
				errors.size() + " value(s) are invalid.", Map.of("errors", errors));
	}

	/**
	 * Someone else changed the same record at the same moment: ours (JPA's version) or
	 * the engine's (translated by the process glue's {@code EngineConflicts}); the whole
	 * transaction was rolled back.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> handleConcurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
				"The record was changed by someone else meanwhile; reload and try again.", Map.of());
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException ex) {
		// left to Spring Security's entry point and access-denied handler (problem
		// details too)
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		if (DatabaseUnreachable.is(ex)) {
			return unavailable(ex);
		}
		String incident = java.util.UUID.randomUUID().toString();
		log.error("Unexpected error, incident {}", incident, ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
				"Something went wrong on our side. Quote incident " + incident + " when reporting it.",
				Map.of("incident", incident));
	}

	/**
	 * The database is out of reach (the pool waits a bounded time for a connection): a
	 * quick 503 the caller may retry, one line in the log rather than a stack per
	 * request.
	 */
	static ResponseEntity<Object> unavailable(Exception ex) {
		log.warn("Database unreachable, answered 503: {}", ex.toString());
		ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
				"Service unavailable", DatabaseUnreachable.detail(), Map.of());
		return ResponseEntity.status(problem.getStatusCode())
			.headers(problem.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnreachable.RETRY_AFTER_SECONDS))
			.body(problem.getBody());
	}

	private static Map<String, Object> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
	}

	static ResponseEntity<Object> problem(HttpStatus status, String type, String title, String detail,
			Map<String, Object> properties) {
		ProblemDetail body = Problem.detailOf(status, type, Messages.translation("problem." + type).orElse(title),
				detail, properties);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

}
