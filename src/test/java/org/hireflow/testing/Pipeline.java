package org.hireflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.application.Answer;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.CandidateProfile;
import org.hireflow.application.Cv;
import org.hireflow.application.IntakeService;
import org.hireflow.application.Submission;
import org.hireflow.diversity.Gender;
import org.hireflow.interview.Criteria;
import org.hireflow.offer.OfferService;
import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.vacancy.Competency;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyDraft;
import org.hireflow.vacancy.VacancyService;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drives vacancies and applications through the real engine and services the way staff
 * and candidates would, one step per method, so that process tests read as the pipeline
 * does. Jobs run when a test says so.
 */
public class Pipeline {

	private final VacancyService vacancies;

	private final IntakeService intake;

	private final ApplicationService applications;

	private final OfferService offers;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final HistoryService history;

	private final Clock clock;

	private final ObjectMapper json = new ObjectMapper();

	Pipeline(VacancyService vacancies, IntakeService intake, ApplicationService applications, OfferService offers,
			RuntimeService runtime, TaskService tasks, ManagementService management, HistoryService history,
			Clock clock) {
		this.history = history;
		this.vacancies = vacancies;
		this.intake = intake;
		this.applications = applications;
		this.offers = offers;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.clock = clock;
	}

	// ---- vacancies

	/**
	 * A vacancy drafted, submitted, approved by hiring manager and HR, and published by
	 * its process.
	 */
	public Vacancy openVacancy(int posts) {
		Vacancy vacancy = submittedVacancy(posts);
		complete(vacancy.getReference(), ProcessIds.TASK_APPROVE_AS_HIRING_MANAGER, Map.of("approved", true));
		complete(vacancy.getReference(), ProcessIds.TASK_APPROVE_AS_HR, Map.of("approved", true));
		runJobs();
		return vacancies.get(vacancy.getId());
	}

	/** A vacancy with its own staff, opened through its lifecycle. */
	public Vacancy openVacancy(VacancyDraft draft) {
		Vacancy vacancy = vacancies.submitForApproval(vacancies.draft(draft, "henri").getReference(), "henri");
		runJobs();
		complete(vacancy.getReference(), ProcessIds.TASK_APPROVE_AS_HIRING_MANAGER, Map.of("approved", true));
		complete(vacancy.getReference(), ProcessIds.TASK_APPROVE_AS_HR, Map.of("approved", true));
		runJobs();
		return vacancies.get(vacancy.getId());
	}

	public Vacancy submittedVacancy(int posts) {
		Vacancy draft = vacancies.draft(Fixtures.vacancyDraft(clock, posts), "henri");
		Vacancy submitted = vacancies.submitForApproval(draft.getReference(), "henri");
		runJobs();
		return submitted;
	}

	public VacancyDraft draft(int posts) {
		return Fixtures.vacancyDraft(clock, posts);
	}

	// ---- applications

	/**
	 * An eligible candidate applies; eligibility runs; the application waits for
	 * screening.
	 */
	public String apply(Vacancy vacancy) {
		return apply(vacancy, profile -> {
		});
	}

	/**
	 * An eligible candidate applies with a CV (a PDF); the application waits for
	 * screening.
	 */
	public String applyWithCv(Vacancy vacancy, byte[] pdf) {
		String reference = intake.submit(vacancy.getReference(), submission(vacancy, profile -> {
		}), Optional.of(new Cv("my cv.pdf", pdf)), null, null).application().getReference();
		runJobs();
		return reference;
	}

	public String apply(Vacancy vacancy, Consumer<ProfileBuilder> change) {
		String reference = intake
			.submit(vacancy.getReference(), submission(vacancy, change), Optional.empty(), null, null)
			.application()
			.getReference();
		runJobs();
		return reference;
	}

	/**
	 * What a candidate sends: the fixture profile, changed, and every question answered.
	 */
	public static Submission submission(Vacancy vacancy, Consumer<ProfileBuilder> change) {
		ProfileBuilder profile = new ProfileBuilder();
		change.accept(profile);
		return new Submission(profile.email, profile.language, profile.build(),
				vacancy.getQuestions()
					.stream()
					.map(question -> new Answer(question.code(), "My answer to " + question.code()))
					.toList(),
				Optional.ofNullable(profile.gender));
	}

	public void screen(String reference, boolean shortlist) {
		complete(reference, ProcessIds.TASK_SCREEN_APPLICATION,
				shortlist ? Map.of("outcome", "SHORTLISTED") : Map.of("outcome", "REJECTED", "reason", "Thin answers"));
	}

	public void assess(String reference, int score) {
		complete(reference, ProcessIds.TASK_RECORD_ASSESSMENT, Map.of("kind", "WRITTEN_TEST", "score", score));
	}

	/**
	 * Every panel member who has still to declare says they do not know the candidate
	 * (the interview's first step).
	 */
	public void declareNoConflicts(String reference) {
		for (Task task : tasks(reference, ProcessIds.TASK_DECLARE_INTERESTS)) {
			tasks.complete(task.getId(), Map.of("conflict", false));
		}
		runJobs();
	}

	/** One panel member declares a conflict with the candidate. */
	public void declareConflict(String reference, String member, String relationship) {
		Task task = tasks(reference, ProcessIds.TASK_DECLARE_INTERESTS).stream()
			.filter(t -> member.equals(t.getAssignee()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no declaration task for " + member));
		tasks.complete(task.getId(),
				Map.of("conflict", true, "relationship", relationship, "details", "Declared by " + member));
		runJobs();
	}

	/** The panel's declarations (none conflicted) and the interview's scheduling. */
	public ZonedDateTime schedule(String reference) {
		declareNoConflicts(reference);
		ZonedDateTime startsAt = ZonedDateTime.now(clock)
			.withZoneSameInstant(ZoneId.of("Europe/Brussels"))
			.plusDays(7)
			.truncatedTo(ChronoUnit.HOURS)
			.withHour(10);
		complete(reference, ProcessIds.TASK_SCHEDULE_INTERVIEW,
				Map.of("startsAt", startsAt.toLocalDateTime().toString(), "timeZone", "Europe/Brussels",
						"durationMinutes", 60, "location", "Boulevard Léopold III, Brussels, room 3"));
		return startsAt;
	}

	/** The interview's time comes: its timer fires. */
	public void holdInterview(String reference) {
		fireTimer(reference, "Timer_InterviewTime");
	}

	/**
	 * Every panel member scores every criterion {@code score}, with the same
	 * recommendation.
	 */
	public void evaluateAll(String reference, int score, String recommendation) {
		for (Task task : tasks(reference, ProcessIds.TASK_EVALUATE_CANDIDATE)) {
			evaluate(reference, task.getAssignee(), score, Map.of(), recommendation);
		}
	}

	public void evaluate(String reference, String member, int score, Map<String, Integer> overrides,
			String recommendation) {
		Task task = tasks(reference, ProcessIds.TASK_EVALUATE_CANDIDATE).stream()
			.filter(t -> member.equals(t.getAssignee()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no evaluation task for " + member));
		tasks.complete(task.getId(), Map.of("scores", scores(reference, score, overrides), "recommendation",
				recommendation, "comment", "Evidence-based STAR answers."));
		runJobs();
	}

	public String scores(String reference, int score, Map<String, Integer> overrides) {
		Vacancy vacancy = vacancies.get(applications.get(reference).getVacancyId());
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (Competency criterion : Criteria.of(vacancy)) {
			scores.put(criterion.code(), overrides.getOrDefault(criterion.code(), score));
		}
		try {
			return json.writeValueAsString(scores);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void decide(String reference, String decision) {
		complete(reference, ProcessIds.TASK_DECIDE_ON_CANDIDATE,
				Map.of("decision", decision, "reason", "The panel's report, read with the notice's requirements"));
	}

	/** From screening to a decision, all members scoring {@code score}. */
	public void throughPanel(String reference, int score, String decision) {
		screen(reference, true);
		assess(reference, 80);
		schedule(reference);
		holdInterview(reference);
		evaluateAll(reference, score, decision);
		decide(reference, decision);
	}

	public void withdraw(String reference) {
		applications.withdraw(reference, "candidate");
		runJobs();
	}

	public void approveOffer(String reference) {
		complete(reference, ProcessIds.TASK_APPROVE_OFFER,
				Map.of("grade", "A.2", "step", 1, "startDate", LocalDate.now(clock).plusMonths(3).toString()));
	}

	public void answerOffer(String reference, boolean accepted) {
		offers.answer(reference, accepted);
		runJobs();
	}

	public void clear(String reference, boolean security, boolean medical) {
		complete(reference, ProcessIds.TASK_RECORD_SECURITY_CLEARANCE,
				security ? Map.of("cleared", true) : Map.of("cleared", false, "reason", "Not granted by the nation"));
		if (process(reference).isEnded() || tasks(reference, ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE).isEmpty()) {
			return;
		}
		complete(reference, ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE,
				medical ? Map.of("cleared", true) : Map.of("cleared", false, "reason", "Medical standard not met"));
	}

	/** Selected candidate: offer approved, accepted, both clearances through. */
	public void hire(String reference) {
		approveOffer(reference);
		answerOffer(reference, true);
		clear(reference, true, true);
	}

	// ---- engine

	/**
	 * The process with this business key (not one it called), running or ended, for
	 * camunda-bpm-assert.
	 */
	public ProcessInstance process(String businessKey) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.rootProcessInstances()
			.singleResult();
		assertThat(instance).as("process of %s", businessKey).isNotNull();
		return new EndedProcess(instance);
	}

	/**
	 * The latest instance of a called process ({@code interview}, {@code offer},
	 * {@code clearances}) of this application, running or ended.
	 */
	public ProcessInstance called(String businessKey, String processKey) {
		List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.processDefinitionKey(processKey)
			.orderByProcessInstanceStartTime()
			.desc()
			.listPage(0, 1);
		assertThat(instances).as("%s process of %s", processKey, businessKey).hasSize(1);
		assertThat(instances.get(0).getSuperProcessInstanceId()).as("called by the application's process")
			.isEqualTo(process(businessKey).getId());
		return new EndedProcess(instances.get(0));
	}

	public List<Task> tasks(String businessKey, String taskKey) {
		return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).list();
	}

	public Task task(String businessKey, String taskKey) {
		List<Task> found = tasks(businessKey, taskKey);
		assertThat(found).as("open %s tasks of %s", taskKey, businessKey).hasSize(1);
		return found.get(0);
	}

	public void complete(String businessKey, String taskKey, Map<String, Object> variables) {
		tasks.complete(task(businessKey, taskKey).getId(), new HashMap<>(variables));
		runJobs();
	}

	/**
	 * Executes every job that is due now (save points, due timers), until none is left.
	 */
	public void runJobs() {
		for (int round = 0; round < 50; round++) {
			List<Job> due = management.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
		throw new AssertionError("jobs keep coming: an endless loop in a model?");
	}

	/** Fires a timer now, whatever its due date, then runs what follows. */
	public void fireTimer(String businessKey, String timerActivityId) {
		Job timer = timer(businessKey, timerActivityId);
		management.executeJob(timer.getId());
		runJobs();
	}

	/** A timer of the process with this business key or of a process it called. */
	public Job timer(String businessKey, String timerActivityId) {
		Set<String> instances = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list()
			.stream()
			.map(HistoricProcessInstance::getId)
			.collect(Collectors.toSet());
		List<Job> timers = management.createJobQuery()
			.activityId(timerActivityId)
			.timers()
			.list()
			.stream()
			.filter(job -> instances.contains(job.getProcessInstanceId()))
			.toList();
		assertThat(timers).as("timer %s of %s", timerActivityId, businessKey).hasSize(1);
		return timers.get(0);
	}

	public ApplicationStatus status(String reference) {
		return applications.get(reference).getStatus();
	}

	public Application application(String reference) {
		return applications.get(reference);
	}

	/**
	 * What an eligible candidate says about themselves; tests change one fact at a time.
	 */
	public static final class ProfileBuilder {

		public String email = Fixtures.uniqueEmail();

		public OfficialLanguage language = OfficialLanguage.FR;

		public String givenName = "Amélie";

		public String familyName = "Durand";

		public LocalDate dateOfBirth = LocalDate.of(1990, 5, 17);

		public String nationality = "FR";

		public int english = 5;

		public int french = 5;

		public Degree degree = Degree.MASTER;

		public int years = 8;

		public boolean militaryServiceMet = true;

		public boolean relatedToStaff = false;

		/** What they choose to say for diversity reporting; {@code null}: nothing. */
		public Gender gender;

		CandidateProfile build() {
			Map<String, Integer> languages = new HashMap<>();
			if (english > 0) {
				languages.put("en", english);
			}
			if (french > 0) {
				languages.put("fr", french);
			}
			return new CandidateProfile(givenName, familyName, dateOfBirth, Set.of(nationality), nationality, languages,
					degree, years, new CandidateProfile.Declarations(militaryServiceMet, relatedToStaff));
		}

	}

}
