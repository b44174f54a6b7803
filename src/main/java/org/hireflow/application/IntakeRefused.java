package org.hireflow.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hireflow.platform.domain.DomainException;
import org.hireflow.platform.domain.IsoCodes;
import org.hireflow.platform.text.Messages;

/** The reasons intake refuses a submission, each named as the fact it is. */
public abstract class IntakeRefused extends DomainException {

	IntakeRefused(Kind kind, String type, String title, String detail, Map<String, Object> properties) {
		super(kind, type, title, detail, properties);
	}

	/**
	 * The closing instant has passed (the detail says when it was, in the caller's
	 * language), or the vacancy is not published.
	 */
	public static final class ApplicationsClosed extends IntakeRefused {

		ApplicationsClosed(String detail) {
			super(Kind.CONFLICT, "applications-closed", "Applications closed", detail, Map.of());
		}

	}

	/** One application per candidate and vacancy. */
	public static final class AlreadyApplied extends IntakeRefused {

		AlreadyApplied(String detail) {
			super(Kind.CONFLICT, "already-applied", "Already applied", detail, Map.of());
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
			super(Kind.INVALID, "validation-failed", Messages.text("problem.validation-failed", "Validation failed"),
					Messages.text("problem.validation-failed.answers", "{0,number,#} answer(s) are invalid.",
							errors.size()),
					Map.of("errors", errors));
		}

	}

	/**
	 * The candidate chose a nationality that is not a member state's, though another one
	 * they hold is: they are told which one to apply under, never accepted and refused
	 * later for the choice the form let them make.
	 */
	public static final class MemberNationalityNotChosen extends IntakeRefused {

		MemberNationalityNotChosen(String message) {
			super(Kind.INVALID, "validation-failed", Messages.text("problem.validation-failed", "Validation failed"),
					message, Map.of("errors", List.of(Map.of("field", "appliedNationality", "message", message))));
		}

	}

	static IntakeRefused memberNationalityNotChosen(String chosen, String member) {
		Locale language = Messages.callersLanguage();
		return new MemberNationalityNotChosen(Messages.text("refusal.member-nationality",
				"{0} ({1}) is not a member state. You also hold the nationality of {2} ({3}), a member state: "
						+ "choose {3} as the nationality you apply under.",
				country(chosen, language), chosen, country(member, language), member));
	}

	private static String country(String code, Locale language) {
		return IsoCodes.countryName(code, language);
	}

	static IntakeRefused applicationsClosed(String vacancyReference, Instant closingAt, ZoneId zone,
			boolean published) {
		if (!published) {
			return new ApplicationsClosed(Messages.text("refusal.applications-not-open",
					"Vacancy {0} does not take applications: it is not published.", vacancyReference));
		}
		String closed = closingAt.atZone(zone)
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
				.withLocale(Messages.callersLanguage()));
		return new ApplicationsClosed(Messages.text("refusal.applications-closed",
				"Vacancy {0} stopped taking applications on {1} ({2}): its closing date has passed.", vacancyReference,
				closed, zone.getId()));
	}

	static IntakeRefused alreadyApplied(String vacancyReference, String email) {
		return new AlreadyApplied(Messages.text("refusal.already-applied",
				"There is already an application from {1} to vacancy {0}. One application per vacancy is accepted.",
				vacancyReference, email));
	}

	static IntakeRefused idempotencyKeyReused() {
		return new IdempotencyKeyReused();
	}

	static IntakeRefused invalidAnswers(List<Map<String, Object>> errors) {
		return new InvalidAnswers(errors);
	}

}
