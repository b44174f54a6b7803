package org.hireflow.application;

import java.util.List;
import java.util.Map;

import org.hireflow.platform.domain.DomainException;

/** The reasons intake refuses a submission, each named as the fact it is. */
public abstract class IntakeRefused extends DomainException {

	IntakeRefused(Kind kind, String type, String title, String detail, Map<String, Object> properties) {
		super(kind, type, title, detail, properties);
	}

	/** The closing instant has passed, or the vacancy is not published. */
	public static final class ApplicationsClosed extends IntakeRefused {

		ApplicationsClosed(String vacancyReference) {
			super(Kind.CONFLICT, "applications-closed", "Applications closed",
					"Vacancy " + vacancyReference
							+ " does not accept applications: its closing date has passed or it is not published.",
					Map.of());
		}

	}

	/** One application per candidate and vacancy. */
	public static final class AlreadyApplied extends IntakeRefused {

		AlreadyApplied(String vacancyReference) {
			super(Kind.CONFLICT, "already-applied", "Already applied", "There is already an application from this "
					+ "email address to vacancy " + vacancyReference + ". One application per vacancy is accepted.",
					Map.of());
		}

	}

	/** The Idempotency-Key belongs to another submission. */
	public static final class IdempotencyKeyReused extends IntakeRefused {

		IdempotencyKeyReused() {
			super(Kind.UNPROCESSABLE, "idempotency-key-reused", "Idempotency key reused",
					"This Idempotency-Key was used for a different submission; use a new key for a new submission.",
					Map.of());
		}

	}

	/** The answers do not answer the vacancy's questions. */
	public static final class InvalidAnswers extends IntakeRefused {

		InvalidAnswers(List<Map<String, Object>> errors) {
			super(Kind.INVALID, "validation-failed", "Validation failed", errors.size() + " answer(s) are invalid.",
					Map.of("errors", errors));
		}

	}

	static IntakeRefused applicationsClosed(String vacancyReference) {
		return new ApplicationsClosed(vacancyReference);
	}

	static IntakeRefused alreadyApplied(String vacancyReference) {
		return new AlreadyApplied(vacancyReference);
	}

	static IntakeRefused idempotencyKeyReused() {
		return new IdempotencyKeyReused();
	}

	static IntakeRefused invalidAnswers(List<Map<String, Object>> errors) {
		return new InvalidAnswers(errors);
	}

}
