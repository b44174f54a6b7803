package org.hireflow.application;

import java.util.List;
import java.util.Map;

import org.hireflow.platform.web.Problem;

import org.springframework.http.HttpStatus;

/** The reasons intake refuses a submission, each named as the fact it is. */
public final class IntakeRefused {

	private IntakeRefused() {
	}

	public static Problem applicationsClosed(String vacancyReference) {
		return new Problem(HttpStatus.CONFLICT, "applications-closed", "Applications closed",
				"Vacancy " + vacancyReference + " does not accept applications: its closing date has passed "
						+ "or it is not published.");
	}

	public static Problem alreadyApplied(String vacancyReference) {
		return new Problem(HttpStatus.CONFLICT, "already-applied", "Already applied",
				"There is already an application from this email address to vacancy " + vacancyReference
						+ ". One application per vacancy is accepted.");
	}

	public static Problem idempotencyKeyReused() {
		return new Problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency key reused",
				"This Idempotency-Key was used for a different submission; use a new key for a new submission.");
	}

	public static Problem invalidAnswers(List<Map<String, Object>> errors) {
		return new Problem(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
				errors.size() + " answer(s) are invalid.", Map.of("errors", errors));
	}

}
