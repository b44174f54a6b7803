package org.hireflow.candidate;

import java.util.Map;
import java.util.UUID;

import org.hireflow.platform.domain.DomainException;
import org.hireflow.platform.DatabaseUnreachable;
import org.hireflow.platform.web.PayloadTooLarge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.validation.ConstraintViolationException;

/**
 * A candidate's browser never gets a problem in JSON: an error on a candidate page is a
 * page in the candidate's language, with the status it is (404 nothing here, 410 a
 * cancelled vacancy, 400 an address missing a part) and a way back to the open vacancies.
 * A script that asks for JSON still gets the service's problem details (the handlers here
 * answer {@code text/html} only, so any other {@code Accept} falls through to the API's
 * advice).
 */
@ControllerAdvice(assignableTypes = { VacancyPages.class, StatusPages.class, VacancyFeed.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CandidatePageErrors {

	private static final Logger log = LoggerFactory.getLogger(CandidatePageErrors.class);

	/** The vacancy was published, then cancelled: it is gone, not missing. */
	static final class VacancyGone extends RuntimeException {

		private final String reference;

		VacancyGone(String reference) {
			super("Vacancy " + reference + " was cancelled");
			this.reference = reference;
		}

	}

	@ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView gone(VacancyGone gone) {
		return page(HttpStatus.GONE, Map.of("reference", gone.reference));
	}

	@ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView refused(DomainException refusal) {
		return page(switch (refusal.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
			case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		}, Map.of());
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void rethrowSecurity(RuntimeException ex) {
		// Spring Security's entry point and access-denied handler answer these
		throw ex;
	}

	/**
	 * Spring MVC's own errors (a missing or malformed parameter …) and the service's
	 * {@code Problem}s carry their status; anything else is ours, logged with an incident
	 * id the candidate can quote.
	 */
	@ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView failed(Exception ex) {
		HttpStatusCode refused = clientError(ex);
		if (refused != null) {
			return page(refused, Map.of());
		}
		if (DatabaseUnreachable.is(ex)) {
			log.warn("Database unreachable, candidate page answered 503: {}", ex.toString());
			return page(HttpStatus.SERVICE_UNAVAILABLE, Map.of());
		}
		String incident = UUID.randomUUID().toString();
		log.error("Unexpected error on a candidate page, incident {}", incident, ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, Map.of("incident", incident));
	}

	/**
	 * The status the API's advice gives the same mistake of the caller's (a page must not
	 * turn a 4xx into a 500); {@code null} when it is not one.
	 */
	private static HttpStatusCode clientError(Exception ex) {
		if (ex instanceof ErrorResponse error) {
			return error.getStatusCode();
		}
		if (ex instanceof TypeMismatchException || ex instanceof HttpMessageNotReadableException
				|| ex instanceof MultipartException || ex instanceof ConstraintViolationException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (ex instanceof PayloadTooLarge) {
			return HttpStatus.PAYLOAD_TOO_LARGE;
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return HttpStatus.CONFLICT;
		}
		return null;
	}

	static ModelAndView page(HttpStatusCode status, Map<String, Object> facts) {
		int code = status.value();
		String kind = switch (code) {
			case 400, 404, 410, 500, 503 -> String.valueOf(code);
			default -> code >= 500 ? "500" : "other";
		};
		ModelAndView page = new ModelAndView("candidate/error", status);
		page.addObject("code", code);
		page.addObject("kind", kind);
		page.addAllObjects(facts);
		return page;
	}

}
