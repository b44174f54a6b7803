package org.hireflow.casefile;

import java.time.Clock;
import java.util.List;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationEvent;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.BlindScreening;
import org.hireflow.application.CvService;
import org.hireflow.assessment.AssessmentService;
import org.hireflow.clearance.ClearanceService;
import org.hireflow.decision.DecisionService;
import org.hireflow.interview.ConflictDeclaration;
import org.hireflow.interview.ConflictsOfInterest;
import org.hireflow.interview.InterviewService;
import org.hireflow.interview.PanelSettlement;
import org.hireflow.offer.OfferService;
import org.hireflow.screening.ScreeningService;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the case file. In blind screening, someone who only recruits sees no identity
 * (name, email, birth date, nationality) until the interview stage.
 */
@Service
class CaseFileService {

	private final ApplicationService applications;

	private final VacancyService vacancies;

	private final ScreeningService screenings;

	private final AssessmentService assessments;

	private final InterviewService interviews;

	private final DecisionService decisions;

	private final OfferService offers;

	private final ClearanceService clearances;

	private final CvService cvs;

	private final Clock clock;

	private final ConflictsOfInterest conflicts;

	CaseFileService(ApplicationService applications, VacancyService vacancies, ScreeningService screenings,
			AssessmentService assessments, InterviewService interviews, DecisionService decisions, OfferService offers,
			ClearanceService clearances, CvService cvs, Clock clock, ConflictsOfInterest conflicts) {
		this.conflicts = conflicts;
		this.cvs = cvs;
		this.applications = applications;
		this.vacancies = vacancies;
		this.screenings = screenings;
		this.assessments = assessments;
		this.interviews = interviews;
		this.decisions = decisions;
		this.offers = offers;
		this.clearances = clearances;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CaseFile of(String reference, boolean recruiterOnly) {
		Application a = applications.get(reference);
		long id = a.getId();
		Vacancy vacancy = vacancies.get(a.getVacancyId());
		List<ApplicationEvent> trail = applications.history(id);
		boolean blind = BlindScreening.hidesIdentity(vacancy.isBlindScreening(), a.getStatus(),
				interviews.of(id).isPresent(), recruiterOnly);
		return new CaseFile(a.getReference(), vacancy.getReference(), vacancy.getTitle(), a.getStatus().name(),
				a.getOutcomeReason(), a.getSubmittedAt(), a.getProcessInstanceId(),
				blind ? null
						: new CaseFile.Candidate(a.getCandidate().getEmail(),
								a.getCandidate().getCorrespondenceLanguage().code()),
				blind ? null : a.getProfile(), a.getAnswers(), blind, StageTiming.of(trail, clock.instant()),
				trail.stream()
					.map(e -> new CaseFile.Event(e.getOccurredAt(), e.getActor(),
							e.getFromStatus() == null ? null : e.getFromStatus().name(), e.getToStatus().name(),
							e.getOutcome(), e.getReason()))
					.toList(),
				screenings.of(id)
					.map(s -> new CaseFile.Screening(s.getOutcome().name(), s.getReason(), s.getScreenedBy(),
							s.getScreenedAt()))
					.orElse(null),
				assessments.of(id)
					.map(s -> new CaseFile.Assessment(s.getKind().name(), s.getScore(), s.getPassMark(), s.isPassed(),
							s.getRecordedBy(), s.getRecordedAt()))
					.orElse(null),
				interviews.of(id)
					.map(i -> new CaseFile.Interview(i.getStatus().name(), i.getStartsAt().toString(),
							i.getDurationMinutes(), i.getLocation(), i.getVideoLink(), i.getPanelMembers(),
							i.getChair(), i.getSequence()))
					.orElse(null),
				interviews.evaluations(id)
					.stream()
					.map(e -> new CaseFile.Evaluation(e.getPanelMember(), e.getScores(), e.getRecommendation().name(),
							e.getComment(), e.getSubmittedAt()))
					.toList(),
				interviews.calibration(id)
					.map(c -> new CaseFile.Calibration(c.getDivergentCriteria(), c.getJustification(),
							c.getJustifiedBy(), c.getJustifiedAt()))
					.orElse(null),
				decisions.of(id)
					.map(d -> new CaseFile.Decision(d.getOutcome().name(), d.getReason(), d.getAggregateScore(),
							d.getDecidedBy(), d.getDecidedAt()))
					.orElse(null),
				decisions.reservePlace(id)
					.map(r -> new CaseFile.ReservePlace(r.getStatus().name(), r.getAggregateScore(),
							r.getRankOverride(), r.getExpiresAt()))
					.orElse(null),
				offers.of(id)
					.map(o -> new CaseFile.Offer(o.getStatus().name(), o.getGrade(), o.getStep(), o.getStartDate(),
							o.getSentAt(), o.getExpiresAt(), o.getAnsweredAt(),
							offers.startDateChanges(id)
								.stream()
								.map(m -> new CaseFile.StartDateMove(m.getFromDate(), m.getToDate(), m.getReason(),
										m.getChangedBy(), m.getChangedAt()))
								.toList()))
					.orElse(null),
				clearances.of(id)
					.stream()
					.map(c -> new CaseFile.Clearance(c.getKind().name(), c.isCleared(), c.getReason(),
							c.getRecordedBy(), c.getRecordedAt()))
					.toList(),
				cvs.openings(id)
					.stream()
					.map(o -> new CaseFile.CvOpened(o.getOpenedBy(), o.getTaskKey(), o.getOpenedAt()))
					.toList(),
				panel(id, vacancy.getPanel().chair()));
	}

	private CaseFile.PanelMakeUp panel(long applicationId, String noticeChair) {
		List<ConflictDeclaration> declared = conflicts.declarations(applicationId);
		if (declared.isEmpty()) {
			return null;
		}
		PanelSettlement settled = conflicts.settle(applicationId);
		return new CaseFile.PanelMakeUp(
				declared.stream()
					.map(d -> new CaseFile.Declaration(d.getPanelMember(), d.isConflicted(),
							d.getRelationship() == null ? null : d.getRelationship().name(), d.getDetails(),
							d.getDeclaredAt(),
							!d.isConflicted() ? "EVALUATES"
									: d.getPanelMember().equals(noticeChair) ? "OFF_THIS_EVALUATION_AND_CHAIR"
											: "OFF_THIS_EVALUATION"))
					.toList(),
				conflicts.appointments(applicationId)
					.stream()
					.map(a -> new CaseFile.Appointment(a.getMember(), a.getChair(), a.getAppointedBy(),
							a.getAppointedAt()))
					.toList(),
				settled.evaluators(), settled.chair());
	}

}
