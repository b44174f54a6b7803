package org.hireflow.assessment;

import java.time.Clock;
import java.util.Optional;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.vacancy.VacancyService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AssessmentService {

	private final Assessments assessments;

	private final ApplicationService applications;

	private final VacancyService vacancies;

	private final Clock clock;

	AssessmentService(Assessments assessments, ApplicationService applications, VacancyService vacancies, Clock clock) {
		this.assessments = assessments;
		this.applications = applications;
		this.vacancies = vacancies;
		this.clock = clock;
	}

	/**
	 * Records a score 0–100; below the vacancy's pass mark the application is rejected.
	 */
	@Transactional
	public Assessment record(long applicationId, Assessment.Kind kind, int score, String recordedBy) {
		Application application = applications.get(applicationId);
		int passMark = vacancies.get(application.getVacancyId()).getAssessmentPassMark();
		Assessment assessment = assessments
			.save(new Assessment(applicationId, kind, score, passMark, recordedBy, clock.instant()));
		String result = score + " of 100 (pass mark " + passMark + ")";
		if (assessment.isPassed()) {
			applications.transition(applicationId, Outcome.ASSESSMENT_PASSED, recordedBy, result);
		}
		else {
			applications.transition(applicationId, Outcome.ASSESSMENT_NOT_PASSED, recordedBy, result);
		}
		return assessment;
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> of(long applicationId) {
		return assessments.findById(applicationId);
	}

}
