package org.hireflow.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one rule of blind screening: with it on for the vacancy, whoever looks at an
 * application as a screener (a recruiter who is nothing else, or anyone through a
 * screening task) sees no identity — no name, contact, birth date or nationality — until
 * the application has reached the panel interview.
 */
public final class BlindScreening {

	private static final Set<ApplicationStatus> BEFORE_THE_INTERVIEW = EnumSet.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.SCREENING, ApplicationStatus.ASSESSMENT, ApplicationStatus.INELIGIBLE,
			ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN, ApplicationStatus.VACANCY_CANCELLED);

	private BlindScreening() {
	}

	/**
	 * @param reachedInterview whether an interview was ever scheduled (an application
	 * rejected or withdrawn later is no longer screened)
	 */
	public static boolean hidesIdentity(boolean vacancyScreensBlind, ApplicationStatus status, boolean reachedInterview,
			boolean asScreener) {
		return vacancyScreensBlind && asScreener && BEFORE_THE_INTERVIEW.contains(status) && !reachedInterview;
	}

}
