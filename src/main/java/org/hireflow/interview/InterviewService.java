package org.hireflow.interview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.platform.PipelineSettings;
import org.hireflow.platform.domain.Actor;
import org.hireflow.platform.domain.NotFound;
import org.hireflow.platform.domain.RuleViolated;
import org.hireflow.vacancy.Competency;
import org.hireflow.vacancy.Panel;
import org.hireflow.vacancy.VacancyService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scheduling the panel interview, the panel's evaluations and their calibration. */
@Service
public class InterviewService {

	/**
	 * Two members this far apart on a criterion make the chair justify before deciding.
	 */
	public static final int DIVERGENCE = 2;

	private final Interviews interviews;

	private final PanelEvaluations evaluations;

	private final Calibrations calibrations;

	private final ApplicationService applications;

	private final VacancyService vacancies;

	private final InterviewWorkflow workflow;

	private final ApplicationEventPublisher publisher;

	private final PipelineSettings settings;

	private final Clock clock;

	private final ConflictsOfInterest conflicts;

	InterviewService(Interviews interviews, PanelEvaluations evaluations, Calibrations calibrations,
			ApplicationService applications, VacancyService vacancies, InterviewWorkflow workflow,
			ApplicationEventPublisher publisher, PipelineSettings settings, Clock clock,
			ConflictsOfInterest conflicts) {
		this.interviews = interviews;
		this.evaluations = evaluations;
		this.calibrations = calibrations;
		this.applications = applications;
		this.vacancies = vacancies;
		this.workflow = workflow;
		this.publisher = publisher;
		this.settings = settings;
		this.clock = clock;
		this.conflicts = conflicts;
	}

	/**
	 * The candidate's panel as the conflict declarations left it (the vacancy's panel
	 * when nobody declared one), unless the recruiter adjusts it for this interview.
	 */
	@Transactional(readOnly = true)
	public Panel defaultPanel(long applicationId) {
		PanelSettlement settled = conflicts.settle(applicationId);
		return settled.complete() ? settled.panel()
				: vacancies.get(applications.get(applicationId).getVacancyId()).getPanel();
	}

	/**
	 * Checks a slot and a panel for this candidate: nobody who declared a conflict with
	 * them sits on it.
	 */
	@Transactional(readOnly = true)
	public void check(long applicationId, Slot slot, Panel panel) {
		check(slot, panel);
		List<String> conflicted = conflicts.settle(applicationId).conflicted();
		panel.members().stream().filter(conflicted::contains).findFirst().ifPresent(member -> {
			throw new RuleViolated("rule.panel-conflicted",
					"{0} declared a conflict of interest with this candidate and cannot sit on the panel.", member);
		});
	}

	/** Checks a slot and panel without saving anything (for task forms). */
	public void check(Slot slot, Panel panel) {
		slot.validated(clock.instant());
		panel.validated(settings.panelMinimumMembers());
	}

	@Transactional
	public Interview schedule(long applicationId, Slot slot, Panel panel, String actor) {
		check(applicationId, slot, panel);
		Interview interview = interviews.findById(applicationId)
			.orElseGet(() -> new Interview(applicationId, "interview-" + UUID.randomUUID() + "@hireflow"));
		interview.schedule(slot, panel, actor, clock.instant());
		interviews.save(interview);
		publish(applications.get(applicationId), InterviewChanged.Change.SCHEDULED, interview);
		return interview;
	}

	@Transactional
	public Interview reschedule(String applicationReference, Slot slot, String actor) {
		Application application = applications.get(applicationReference);
		Interview interview = get(application.getId());
		interview.reschedule(slot.validated(clock.instant()), actor, clock.instant());
		workflow.rescheduled(applicationReference, interview.getStartsAt().toInstant());
		publish(application, InterviewChanged.Change.RESCHEDULED, interview);
		return interview;
	}

	@Transactional
	public Interview cancel(String applicationReference, String actor) {
		Application application = applications.get(applicationReference);
		Interview interview = get(application.getId());
		interview.cancel(actor, clock.instant());
		workflow.cancelled(applicationReference);
		publish(application, InterviewChanged.Change.CANCELLED, interview);
		return interview;
	}

	private void publish(Application application, InterviewChanged.Change change, Interview interview) {
		publisher.publishEvent(new InterviewChanged(application.getId(), application.getReference(),
				vacancies.get(application.getVacancyId()).facts(), application.candidateFacts(), change,
				interview.facts()));
	}

	/** The interview's time came: it can no longer be moved, and the panel evaluates. */
	@Transactional
	public void held(long applicationId) {
		get(applicationId).held();
	}

	/**
	 * Checks an evaluation against the criteria and the panel, without saving it (for
	 * task forms).
	 */
	@Transactional(readOnly = true)
	public void check(long applicationId, String panelMember, EvaluationSubmission submission) {
		if (!get(applicationId).seats(panelMember)) {
			throw new RuleViolated(panelMember + " does not sit on this interview's panel.");
		}
		Set<String> expected = new HashSet<>();
		criteria(applicationId).forEach(criterion -> expected.add(criterion.code()));
		if (!submission.scores().keySet().equals(expected)) {
			Set<String> missing = new HashSet<>(expected);
			missing.removeAll(submission.scores().keySet());
			Set<String> unknown = new HashSet<>(submission.scores().keySet());
			unknown.removeAll(expected);
			throw new RuleViolated("rule.score-every-criterion",
					"Score every criterion once: missing {0}, unknown {1}.", missing, unknown);
		}
		submission.scores().forEach((criterion, score) -> {
			if (score == null || score < 1 || score > 5) {
				throw new RuleViolated("rule.score-range", "The score for {0} must be from 1 to 5.", criterion);
			}
		});
		if (submission.comment() == null || submission.comment().isBlank() || submission.comment().length() > 4000) {
			throw new RuleViolated("rule.evaluation-comment", "A comment of up to 4000 characters is required.");
		}
	}

	@Transactional
	public PanelEvaluation recordEvaluation(long applicationId, String panelMember, EvaluationSubmission submission) {
		check(applicationId, panelMember, submission);
		if (evaluations.existsByApplicationIdAndPanelMember(applicationId, panelMember)) {
			throw new AlreadyEvaluated(panelMember);
		}
		return evaluations.save(new PanelEvaluation(applicationId, panelMember, submission.scores(),
				submission.recommendation(), submission.comment().strip(), clock.instant()));
	}

	/**
	 * Compares the panel's scores after the last evaluation: criteria on which two
	 * members differ by {@value #DIVERGENCE} or more are flagged. The application moves
	 * on to the decision.
	 * @return whether the chair must justify the divergence before deciding
	 */
	@Transactional
	public boolean calibrate(long applicationId) {
		List<String> divergent = new ArrayList<>();
		for (Competency criterion : criteria(applicationId)) {
			IntSummaryStatistics spread = evaluations.findByApplicationIdOrderBySubmittedAt(applicationId)
				.stream()
				.mapToInt(evaluation -> evaluation.getScores().getOrDefault(criterion.code(), 0))
				.summaryStatistics();
			if (spread.getCount() > 1 && spread.getMax() - spread.getMin() >= DIVERGENCE) {
				divergent.add(criterion.code());
			}
		}
		if (!divergent.isEmpty()) {
			calibrations.save(new Calibration(applicationId, divergent));
		}
		applications.transition(applicationId, Outcome.PANEL_EVALUATED, Actor.SYSTEM,
				divergent.isEmpty() ? null : "scores diverge on " + String.join(", ", divergent));
		return !divergent.isEmpty();
	}

	@Transactional
	public void justify(long applicationId, String justification, String chair) {
		if (justification == null || justification.isBlank()) {
			throw new RuleViolated("rule.justification", "A justification is required.");
		}
		calibration(applicationId).orElseThrow(() -> new NotFound("Calibration", String.valueOf(applicationId)))
			.justify(justification.strip(), chair, clock.instant());
	}

	/**
	 * The mean of every score of every member, to two decimals: the reserve list's
	 * ranking.
	 */
	@Transactional(readOnly = true)
	public BigDecimal aggregateScore(long applicationId) {
		double mean = evaluations.findByApplicationIdOrderBySubmittedAt(applicationId)
			.stream()
			.flatMap(evaluation -> evaluation.getScores().values().stream())
			.mapToInt(Integer::intValue)
			.average()
			.orElse(0);
		return BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP);
	}

	@Transactional(readOnly = true)
	public List<Competency> criteria(long applicationId) {
		return Criteria.of(vacancies.get(applications.get(applicationId).getVacancyId()));
	}

	@Transactional(readOnly = true)
	public Optional<Interview> of(long applicationId) {
		return interviews.findById(applicationId);
	}

	@Transactional(readOnly = true)
	public List<PanelEvaluation> evaluations(long applicationId) {
		return evaluations.findByApplicationIdOrderBySubmittedAt(applicationId);
	}

	@Transactional(readOnly = true)
	public Optional<Calibration> calibration(long applicationId) {
		return calibrations.findById(applicationId);
	}

	private Interview get(long applicationId) {
		return interviews.findById(applicationId)
			.orElseThrow(() -> new NotFound("Interview", String.valueOf(applicationId)));
	}

}
