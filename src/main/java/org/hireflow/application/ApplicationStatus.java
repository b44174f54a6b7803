package org.hireflow.application;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands in the pipeline. The final statuses end the application's process. */
public enum ApplicationStatus {

	SUBMITTED, SCREENING, ASSESSMENT, INTERVIEW, DECISION, RESERVE_LIST, OFFER, CLEARANCE,

	HIRED, INELIGIBLE, REJECTED, WITHDRAWN, VACANCY_CANCELLED, OFFER_DECLINED, OFFER_EXPIRED, OFFER_WITHDRAWN,
	RESERVE_EXPIRED;

	private static final Set<ApplicationStatus> FINAL = EnumSet.of(HIRED, INELIGIBLE, REJECTED, WITHDRAWN,
			VACANCY_CANCELLED, OFFER_DECLINED, OFFER_EXPIRED, OFFER_WITHDRAWN, RESERVE_EXPIRED);

	public boolean isFinal() {
		return FINAL.contains(this);
	}

	public static Set<ApplicationStatus> finals() {
		return EnumSet.copyOf(FINAL);
	}

}
