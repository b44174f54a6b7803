package org.hireflow.reporting;

import org.hireflow.application.ApplicationStatus;

/**
 * The points of the pipeline a report counts people at: the stage an application entered
 * on reaching it.
 */
public enum Milestone {

	/** Every application taken. */
	APPLIED(ApplicationStatus.SUBMITTED),
	/** Passed the eligibility rules (on to screening). */
	ELIGIBLE(ApplicationStatus.SCREENING),
	/** Screened in (on to the written assessment). */
	SHORTLISTED(ApplicationStatus.ASSESSMENT),
	/** Interviewed by the panel (on to the decision). */
	INTERVIEWED(ApplicationStatus.DECISION),
	/** Placed on the reserve list. */
	RESERVE_LIST(ApplicationStatus.RESERVE_LIST),
	/** Offered the post. */
	OFFERED(ApplicationStatus.OFFER),
	/** Appointed. */
	HIRED(ApplicationStatus.HIRED);

	private final ApplicationStatus entered;

	Milestone(ApplicationStatus entered) {
		this.entered = entered;
	}

	public ApplicationStatus entered() {
		return entered;
	}

}
