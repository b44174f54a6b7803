package org.hireflow.application;

import static org.hireflow.application.ApplicationStatus.ASSESSMENT;
import static org.hireflow.application.ApplicationStatus.CLEARANCE;
import static org.hireflow.application.ApplicationStatus.DECISION;
import static org.hireflow.application.ApplicationStatus.HIRED;
import static org.hireflow.application.ApplicationStatus.INTERVIEW;
import static org.hireflow.application.ApplicationStatus.OFFER;
import static org.hireflow.application.ApplicationStatus.REJECTED;
import static org.hireflow.application.ApplicationStatus.RESERVE_LIST;
import static org.hireflow.application.ApplicationStatus.SCREENING;

/**
 * Why an application moved: each outcome of a pipeline step, and the status it leads to.
 * Listeners decide on the outcome (which email, which follow-up), never on its words; the
 * words ({@link #label()}) are what the audit trail has always recorded.
 */
public enum Outcome {

	SUBMITTED("submitted", ApplicationStatus.SUBMITTED),

	ELIGIBLE("eligible", SCREENING),

	/** With the failed rule as detail ({@code AGE_UNDER_21}). */
	INELIGIBLE("ineligible", ApplicationStatus.INELIGIBLE),

	SHORTLISTED("shortlisted", ASSESSMENT),

	NOT_SHORTLISTED("not shortlisted", REJECTED),

	ASSESSMENT_PASSED("assessment passed", INTERVIEW),

	ASSESSMENT_NOT_PASSED("assessment not passed", REJECTED),

	PANEL_EVALUATED("panel evaluated", DECISION),

	SELECTED("selected", OFFER),

	PLACED_ON_RESERVE_LIST("placed on reserve list", RESERVE_LIST),

	NOT_SELECTED("not selected", REJECTED),

	OFFERED_FROM_RESERVE_LIST("offered from reserve list", OFFER),

	RESERVE_PERIOD_ENDED("reserve-list period ended", ApplicationStatus.RESERVE_EXPIRED),

	OFFER_ACCEPTED("offer accepted", CLEARANCE),

	OFFER_DECLINED("offer declined", ApplicationStatus.OFFER_DECLINED),

	OFFER_EXPIRED("offer expired", ApplicationStatus.OFFER_EXPIRED),

	OFFER_WITHDRAWN("offer withdrawn", ApplicationStatus.OFFER_WITHDRAWN),

	APPOINTMENT_CONFIRMED("appointment confirmed", HIRED),

	WITHDRAWN("withdrawn", ApplicationStatus.WITHDRAWN),

	VACANCY_CANCELLED("vacancy cancelled", ApplicationStatus.VACANCY_CANCELLED);

	private final String label;

	private final ApplicationStatus leadsTo;

	Outcome(String label, ApplicationStatus leadsTo) {
		this.label = label;
		this.leadsTo = leadsTo;
	}

	/**
	 * The words the audit trail records ({@code ineligible.AGE_UNDER_21} with a detail).
	 */
	public String label(String detail) {
		return detail == null ? label : label + "." + detail;
	}

	public String label() {
		return label;
	}

	public ApplicationStatus leadsTo() {
		return leadsTo;
	}

}
