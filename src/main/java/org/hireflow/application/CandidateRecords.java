package org.hireflow.application;

import java.time.Clock;

import org.hireflow.platform.domain.OfficialLanguage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a candidate's own record. Intake never makes them (a later submission is
 * kept with its application); only the candidate does, through the status link of one of
 * their applications.
 */
@Service
public class CandidateRecords {

	private final Applications applications;

	private final Clock clock;

	CandidateRecords(Applications applications, Clock clock) {
		this.applications = applications;
		this.clock = clock;
	}

	/**
	 * @param adoptApplicationDetails make what this application says (names, birth date,
	 * nationalities, languages, degree, experience) the candidate's record
	 * @param correspondence the language every later email is written in
	 */
	@Transactional
	public Candidate update(String applicationReference, boolean adoptApplicationDetails,
			OfficialLanguage correspondence) {
		Application application = applications.findByReference(applicationReference).orElseThrow();
		Candidate candidate = application.getCandidate();
		if (adoptApplicationDetails) {
			candidate.adopt(application.getProfile(), clock.instant());
		}
		candidate.writeIn(correspondence, clock.instant());
		return candidate;
	}

}
