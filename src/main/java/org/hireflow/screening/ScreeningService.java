package org.hireflow.screening;

import java.time.Clock;
import java.util.Optional;

import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.platform.domain.RuleViolated;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ScreeningService {

	private final Screenings screenings;

	private final ApplicationService applications;

	private final Clock clock;

	ScreeningService(Screenings screenings, ApplicationService applications, Clock clock) {
		this.screenings = screenings;
		this.applications = applications;
		this.clock = clock;
	}

	/**
	 * A rejection needs a reason: the candidate is told, and the audit trail must say
	 * why.
	 */
	public static void check(Screening.Outcome outcome, String reason) {
		if (outcome == Screening.Outcome.REJECTED && (reason == null || reason.isBlank())) {
			throw new RuleViolated("rule.screening-reason",
					"A reason is required to reject an application at screening.");
		}
	}

	/**
	 * @return whether the application was shortlisted
	 */
	@Transactional
	public boolean record(long applicationId, Screening.Outcome outcome, String reason, String recruiter) {
		check(outcome, reason);
		screenings.save(new Screening(applicationId, outcome, reason, recruiter, clock.instant()));
		if (outcome == Screening.Outcome.SHORTLISTED) {
			applications.transition(applicationId, Outcome.SHORTLISTED, recruiter, reason);
			return true;
		}
		applications.transition(applicationId, Outcome.NOT_SHORTLISTED, recruiter, reason);
		return false;
	}

	@Transactional(readOnly = true)
	public Optional<Screening> of(long applicationId) {
		return screenings.findById(applicationId);
	}

}
