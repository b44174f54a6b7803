package org.hireflow.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands in the pipeline. The final statuses end the application's
 * process.
 */
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

	/**
	 * The pipeline as a state machine: where an application can go from here. A candidate
	 * can withdraw and a vacancy be cancelled at any step before a final one.
	 */
	public boolean canMoveTo(ApplicationStatus to) {
		if (isFinal()) {
			return false;
		}
		if (to == WITHDRAWN || to == VACANCY_CANCELLED) {
			return true;
		}
		return switch (this) {
			case SUBMITTED -> to == SCREENING || to == INELIGIBLE;
			case SCREENING -> to == ASSESSMENT || to == REJECTED;
			case ASSESSMENT -> to == INTERVIEW || to == REJECTED;
			case INTERVIEW -> to == DECISION;
			case DECISION -> to == OFFER || to == RESERVE_LIST || to == REJECTED;
			case RESERVE_LIST -> to == OFFER || to == RESERVE_EXPIRED;
			case OFFER -> to == CLEARANCE || to == OFFER_DECLINED || to == OFFER_EXPIRED;
			case CLEARANCE -> to == HIRED || to == OFFER_WITHDRAWN;
			default -> false;
		};
	}

}
