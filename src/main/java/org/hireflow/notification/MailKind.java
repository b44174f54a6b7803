package org.hireflow.notification;

import java.util.Optional;

import org.hireflow.application.Outcome;

/**
 * Every email the service sends. The key names its texts in the message bundles
 * ({@code mail.<key>.subject}, {@code mail.<key>.body}) and is what the outbox records. A
 * new email is a new constant and its texts; a new pipeline outcome does not compile
 * until {@link #forOutcome} says which email it sends, if any.
 */
public enum MailKind {

	RECEIVED("received"), INELIGIBLE("ineligible"), NOT_SHORTLISTED("not-shortlisted"),
	ASSESSMENT_INVITATION("assessment-invitation"), ASSESSMENT_NOT_PASSED("assessment-not-passed"),
	INTERVIEW_INVITATION("interview-invitation"), INTERVIEW_RESCHEDULED("interview-rescheduled"),
	INTERVIEW_CANCELLED("interview-cancelled"), PANEL_SLOT("panel-slot"), PANEL_SLOT_CANCELLED("panel-slot-cancelled"),
	RESERVE_LIST("reserve-list"), NOT_SELECTED("not-selected"), OFFER("offer"), OFFER_EXPIRED("offer-expired"),
	OFFER_WITHDRAWN("offer-withdrawn"), CLEARANCES_STARTED("clearances-started"),
	APPOINTMENT_CONFIRMED("appointment-confirmed"), RESERVE_ENDED("reserve-ended"),
	WITHDRAWAL_CONFIRMED("withdrawal-confirmed"), CLOSING_DATE_EXTENDED("closing-date-extended"),
	VACANCY_CANCELLED("vacancy-cancelled"), TASK_OVERDUE("task-overdue"), STATUS_LINKS("status-links");

	private final String key;

	MailKind(String key) {
		this.key = key;
	}

	public String key() {
		return key;
	}

	/**
	 * The email a candidate gets when their application moves with this outcome, if any.
	 */
	public static Optional<MailKind> forOutcome(Outcome outcome) {
		return Optional.ofNullable(switch (outcome) {
			case SUBMITTED -> RECEIVED;
			case INELIGIBLE -> INELIGIBLE;
			case SHORTLISTED -> ASSESSMENT_INVITATION;
			case NOT_SHORTLISTED -> NOT_SHORTLISTED;
			case ASSESSMENT_NOT_PASSED -> ASSESSMENT_NOT_PASSED;
			case NOT_SELECTED -> NOT_SELECTED;
			case PLACED_ON_RESERVE_LIST -> RESERVE_LIST;
			case OFFER_EXPIRED -> OFFER_EXPIRED;
			case OFFER_WITHDRAWN -> OFFER_WITHDRAWN;
			case OFFER_ACCEPTED -> CLEARANCES_STARTED;
			case APPOINTMENT_CONFIRMED -> APPOINTMENT_CONFIRMED;
			case RESERVE_PERIOD_ENDED -> RESERVE_ENDED;
			case WITHDRAWN -> WITHDRAWAL_CONFIRMED;
			case VACANCY_CANCELLED -> VACANCY_CANCELLED;
			// the offer itself and the interview have emails of their own events; the
			// rest tells nobody
			case ELIGIBLE, ASSESSMENT_PASSED, PANEL_EVALUATED, SELECTED, OFFERED_FROM_RESERVE_LIST, OFFER_DECLINED ->
				null;
		});
	}

}
