package org.hireflow.eligibility;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.CandidateProfile;
import org.hireflow.application.Outcome;
import org.hireflow.memberstate.MemberStateService;
import org.hireflow.platform.domain.Actor;
import org.hireflow.vacancy.VacancyService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Derives the facts for the decision and records its outcome on the application. */
@Service
public class EligibilityService {

	public static final String ELIGIBLE = "ELIGIBLE";

	private final ApplicationService applications;

	private final VacancyService vacancies;

	private final MemberStateService memberStates;

	EligibilityService(ApplicationService applications, VacancyService vacancies, MemberStateService memberStates) {
		this.applications = applications;
		this.vacancies = vacancies;
		this.memberStates = memberStates;
	}

	@Transactional(readOnly = true)
	public EligibilityFacts factsFor(long applicationId) {
		Application application = applications.get(applicationId);
		CandidateProfile profile = application.getProfile();
		LocalDate appliedOn = LocalDate.ofInstant(application.getSubmittedAt(), ZoneOffset.UTC);
		return EligibilityFacts.derive(profile, vacancies.get(application.getVacancyId()).getRequirements(),
				memberStates.memberOn(profile.appliedNationality(), appliedOn));
	}

	/**
	 * Eligible applications go to screening; the others end with the failed rule as
	 * outcome ({@code ineligible.AGE_UNDER_21}) and its plain-words reason.
	 */
	@Transactional
	public void record(long applicationId, boolean eligible, String failedRule, String reason) {
		if (eligible) {
			applications.transition(applicationId, Outcome.ELIGIBLE, Actor.SYSTEM, null);
		}
		else {
			applications.transition(applicationId, Outcome.INELIGIBLE, failedRule, Actor.SYSTEM, reason);
		}
	}

}
