package org.hireflow.eligibility;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
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

	private final EligibilitySettings settings;

	EligibilityService(ApplicationService applications, VacancyService vacancies, EligibilitySettings settings) {
		this.applications = applications;
		this.vacancies = vacancies;
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	public EligibilityFacts factsFor(long applicationId) {
		Application application = applications.get(applicationId);
		return EligibilityFacts.derive(application.getProfile(),
				vacancies.get(application.getVacancyId()).getRequirements(), settings);
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
