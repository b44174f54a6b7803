package org.hireflow.taskforms;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hireflow.application.Answer;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.BlindScreening;
import org.hireflow.application.Cv;
import org.hireflow.application.CvService;
import org.hireflow.decision.Decision;
import org.hireflow.decision.DecisionService;
import org.hireflow.decision.ReserveListEntry;
import org.hireflow.interview.Calibration;
import org.hireflow.interview.ConflictsOfInterest;
import org.hireflow.interview.InterviewService;
import org.hireflow.interview.PanelSettlement;
import org.hireflow.interview.PanelEvaluation;
import org.hireflow.offer.OfferService;
import org.hireflow.platform.domain.NotFound;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.vacancy.Question;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles what a task's form shows, for a person the engine lets see that task. */
@Service
public class TaskContextService {

	private static final Set<String> SCREENING_STAGE = Set.of(ProcessIds.TASK_SCREEN_APPLICATION,
			ProcessIds.TASK_RECORD_ASSESSMENT);

	private static final Set<String> CHAIR_TASKS = Set.of(ProcessIds.TASK_JUSTIFY_CALIBRATION,
			ProcessIds.TASK_DECIDE_ON_CANDIDATE);

	/**
	 * The panel's tasks: after screening, which stays blind, the panel may read the CV.
	 */
	private static final Set<String> PANEL_TASKS = Set.of(ProcessIds.TASK_EVALUATE_CANDIDATE,
			ProcessIds.TASK_JUSTIFY_CALIBRATION, ProcessIds.TASK_DECIDE_ON_CANDIDATE);

	/**
	 * Tasks about the panel's make-up: the candidate's name and nothing of the
	 * application.
	 */
	private static final Set<String> PANEL_MAKE_UP_TASKS = Set.of(ProcessIds.TASK_DECLARE_INTERESTS,
			ProcessIds.TASK_APPOINT_PANEL_MEMBER);

	private static final Set<String> OFFER_TASKS = Set.of(ProcessIds.TASK_APPROVE_OFFER,
			ProcessIds.TASK_RECORD_SECURITY_CLEARANCE, ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE);

	private final TaskAccess tasks;

	private final ApplicationService applications;

	private final VacancyService vacancies;

	private final InterviewService interviews;

	private final DecisionService decisions;

	private final OfferService offers;

	private final CvService cvs;

	private final ConflictsOfInterest conflicts;

	TaskContextService(TaskAccess tasks, ApplicationService applications, VacancyService vacancies,
			InterviewService interviews, DecisionService decisions, OfferService offers, CvService cvs,
			ConflictsOfInterest conflicts) {
		this.conflicts = conflicts;
		this.cvs = cvs;
		this.decisions = decisions;
		this.offers = offers;
		this.tasks = tasks;
		this.applications = applications;
		this.vacancies = vacancies;
		this.interviews = interviews;
	}

	@Transactional(readOnly = true)
	public TaskContext of(String taskId, String userId, List<String> groups) {
		TaskAccess.VisibleTask task = tasks.visible(taskId, userId, groups)
			.orElseThrow(() -> new NotFound("Task", taskId));
		Application application = applications.get(task.applicationId());
		Vacancy vacancy = vacancies.get(application.getVacancyId());
		boolean screening = SCREENING_STAGE.contains(task.taskKey());
		boolean blind = BlindScreening.hidesIdentity(vacancy.isBlindScreening(), application.getStatus(), false,
				screening);
		boolean scored = !screening && !OFFER_TASKS.contains(task.taskKey())
				&& !PANEL_MAKE_UP_TASKS.contains(task.taskKey());
		return new TaskContext(task.taskKey(), task.stage(), application.getReference(), vacancy.getReference(),
				vacancy.getTitle(), blind, blind ? null : application.getProfile().fullName(),
				screening ? submission(application, vacancy) : null,
				ProcessIds.TASK_RECORD_ASSESSMENT.equals(task.taskKey()) ? vacancy.getAssessmentPassMark() : null,
				scored ? criteria(application) : null, CHAIR_TASKS.contains(task.taskKey()) ? panel(application) : null,
				OFFER_TASKS.contains(task.taskKey()) ? offer(application, vacancy) : null,
				ProcessIds.TASK_APPOINT_PANEL_MEMBER.equals(task.taskKey()) ? panelMakeUp(application) : null,
				PANEL_TASKS.contains(task.taskKey()) && cvs.exists(application.getId()));
	}

	/** A CV opened from a task, with the application's reference for its file name. */
	public record TaskCv(String reference, byte[] pdf) {
	}

	/**
	 * The CV, for the panel's tasks only, recorded as opened by this person; 404 for any
	 * other task, a task the person may not see, or an application without a CV.
	 */
	@Transactional
	public TaskCv cv(String taskId, String userId, List<String> groups) {
		TaskAccess.VisibleTask task = tasks.visible(taskId, userId, groups)
			.filter(visible -> PANEL_TASKS.contains(visible.taskKey()))
			.orElseThrow(() -> new NotFound("Task", taskId));
		Cv cv = cvs.open(task.applicationId(), userId, task.taskKey()).orElseThrow(() -> new NotFound("CV", taskId));
		return new TaskCv(applications.get(task.applicationId()).getReference(), cv.content());
	}

	private TaskContext.PanelMakeUp panelMakeUp(Application application) {
		PanelSettlement panel = conflicts.settle(application.getId());
		return new TaskContext.PanelMakeUp(panel.evaluators(), panel.conflicted(), panel.chair(),
				panel.membersMissing());
	}

	private TaskContext.Offer offer(Application application, Vacancy vacancy) {
		var decision = decisions.of(application.getId());
		var terms = offers.of(application.getId());
		boolean fromReserveList = decisions.reservePlace(application.getId())
			.filter(place -> place.getStatus() == ReserveListEntry.Status.OFFERED)
			.isPresent();
		return new TaskContext.Offer(vacancy.getGrade(), decision.map(d -> d.getOutcome().name()).orElse(null),
				decision.map(Decision::getReason).orElse(null), fromReserveList,
				terms.map(o -> o.getGrade()).orElse(null), terms.map(o -> o.getStep()).orElse(null),
				terms.map(o -> o.getStartDate()).orElse(null));
	}

	private TaskContext.Submission submission(Application application, Vacancy vacancy) {
		Map<String, String> questions = vacancy.getQuestions()
			.stream()
			.collect(Collectors.toMap(Question::code, Question::text));
		List<TaskContext.QuestionAnswer> answers = application.getAnswers()
			.stream()
			.map((Answer answer) -> new TaskContext.QuestionAnswer(
					questions.getOrDefault(answer.questionCode(), answer.questionCode()), answer.text()))
			.toList();
		var profile = application.getProfile();
		return new TaskContext.Submission(answers, new TreeMap<>(profile.languages()), profile.highestDegree().name(),
				profile.yearsOfExperience());
	}

	private List<TaskContext.Criterion> criteria(Application application) {
		return interviews.criteria(application.getId())
			.stream()
			.map(c -> new TaskContext.Criterion(c.code(), c.name(), c.rubric()))
			.toList();
	}

	private TaskContext.Panel panel(Application application) {
		List<PanelEvaluation> evaluations = interviews.evaluations(application.getId());
		List<TaskContext.CriterionScores> scores = interviews.criteria(application.getId()).stream().map(criterion -> {
			IntSummaryStatistics spread = evaluations.stream()
				.mapToInt(e -> e.getScores().getOrDefault(criterion.code(), 0))
				.summaryStatistics();
			return new TaskContext.CriterionScores(criterion.code(), criterion.name(),
					Math.round(spread.getAverage() * 100) / 100.0, spread.getMin(), spread.getMax());
		}).toList();
		Map<String, Long> recommendations = evaluations.stream()
			.collect(Collectors.groupingBy(e -> e.getRecommendation().name(), TreeMap::new, Collectors.counting()));
		var calibration = interviews.calibration(application.getId());
		return new TaskContext.Panel(scores, interviews.aggregateScore(application.getId()), recommendations,
				calibration.isPresent(), calibration.map(Calibration::getDivergentCriteria).orElse(List.of()),
				calibration.map(Calibration::getJustification).orElse(null), evaluations.size());
	}

}
