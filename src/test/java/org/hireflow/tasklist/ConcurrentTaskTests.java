package org.hireflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.application.ApplicationWorkflow;
import org.hireflow.interview.InterviewWorkflow;
import org.hireflow.offer.OfferService;
import org.hireflow.offer.OfferWorkflow;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Panel;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyDraft;
import org.hireflow.vacancy.VacancyWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people on the same case at the same moment, through the engine REST API Tasklist's
 * clients use: one wins, the other gets a 409 in the engine's error format that says what
 * to do, never a 500, and nothing of the loser's is half-applied.
 */
@IntegrationTest
class ConcurrentTaskTests {

	static final List<String> RECRUITERS = List.of("rena", "rolf");

	static final List<String> PANEL = List.of("pim", "pina", "pol");

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	Pipeline pipeline;

	@Autowired
	TestClock clock;

	@Autowired
	OfferService offers;

	@Autowired
	ApplicationWorkflow applicationWorkflow;

	@Autowired
	InterviewWorkflow interviewWorkflow;

	@Autowired
	OfferWorkflow offerWorkflow;

	@Autowired
	VacancyWorkflow vacancyWorkflow;

	@Autowired
	ManagementService management;

	Vacancy vacancy;

	ExecutorService threads = Executors.newFixedThreadPool(PANEL.size());

	@BeforeEach
	void setUp() {
		RECRUITERS.forEach(user -> TestUsers.ensure(identity, user, Roles.GROUP_RECRUITERS));
		PANEL.forEach(user -> TestUsers.ensure(identity, user, Roles.GROUP_PANEL));
		VacancyDraft d = Fixtures.vacancyDraft(clock, 1);
		vacancy = pipeline.openVacancy(new VacancyDraft(d.title(), d.category(), d.grade(), d.division(), d.location(),
				d.posts(), d.closingAt(), d.expectedStartDate(), d.minDegree(), d.minYearsExperience(),
				d.languageRequirements(), d.languageRule(), d.questions(), d.competencies(), d.hiringManager(),
				RECRUITERS, new Panel(PANEL, PANEL.get(0)), d.assessmentPassMark(), true));
	}

	@AfterEach
	void stop() {
		threads.shutdownNow();
	}

	Api.Response post(String user, String path, Object body) {
		return new Api(port).as(user).header("Accept-Language", "fr").postJson("/engine-rest" + path, body);
	}

	/**
	 * The engine's collisions reach the services as Spring's optimistic-lock failure (409
	 * concurrent-change) because every workflow port is wrapped by EngineConflicts.
	 */
	@Test
	void every_workflow_port_translates_the_engines_collisions() {
		for (Object port : List.of(applicationWorkflow, interviewWorkflow, offerWorkflow, vacancyWorkflow)) {
			assertThat(AopUtils.isAopProxy(port)).as(port.getClass().getName()).isTrue();
		}
	}

	@Test
	void the_second_recruiter_to_claim_a_task_is_told_it_is_taken() {
		String reference = pipeline.apply(vacancy);
		String task = pipeline.task(reference, ProcessIds.TASK_SCREEN_APPLICATION).getId();

		Api.Response first = post("rena", "/task/" + task + "/claim", Map.of("userId", "rena"));
		Api.Response second = post("rolf", "/task/" + task + "/claim", Map.of("userId", "rolf"));

		assertThat(first.status()).as(first.toString()).isEqualTo(204);
		assertThat(second.status()).as(second.toString()).isEqualTo(403);
		assertThat(pipeline.task(reference, ProcessIds.TASK_SCREEN_APPLICATION).getAssignee()).isEqualTo("rena");
	}

	/**
	 * At the same moment both pass the firewall's "not someone else's" check, and the
	 * engine refuses the second claim: a 409 in its format, in the caller's language.
	 */
	@Test
	void two_recruiters_claiming_at_the_same_moment_get_one_task_each_side_a_clear_answer() throws Exception {
		for (int attempt = 0; attempt < 10; attempt++) {
			String reference = pipeline.apply(vacancy);
			String task = pipeline.task(reference, ProcessIds.TASK_SCREEN_APPLICATION).getId();
			List<Integer> statuses = new ArrayList<>();
			for (Api.Response response : atOnce(RECRUITERS.stream()
				.map(user -> (Callable<Api.Response>) () -> post(user, "/task/" + task + "/claim",
						Map.of("userId", user)))
				.toList())) {
				statuses.add(response.status());
				if (response.status() == 409) {
					assertThat(response.json().path("type").asText()).isEqualTo("TaskAlreadyClaimedException");
					assertThat(response.json().path("message").asText())
						.isEqualTo("Quelqu’un d’autre vient de prendre cette tâche.");
				}
			}
			assertThat(statuses).as("one claim wins, the other is refused, never a 500")
				.containsOnlyOnce(204)
				.allMatch(status -> status == 204 || status == 403 || status == 409);
			if (statuses.contains(409)) {
				return;
			}
		}
		throw new AssertionError("no two claims collided in the engine in 10 attempts");
	}

	/**
	 * The panel's declarations are parallel tasks of one multi-instance: each completion
	 * updates the case's count, so two at the same moment collide in the engine. Tried on
	 * fresh applications until the collision happens (at most ten).
	 */
	@Test
	void panel_members_declaring_at_the_same_moment_get_a_409_for_the_loser_who_then_declares_again() throws Exception {
		int statusesSeen = 0;
		for (int attempt = 0; attempt < 10; attempt++) {
			String reference = atDeclarations();
			List<Task> declarations = pipeline.tasks(reference, ProcessIds.TASK_DECLARE_INTERESTS);
			assertThat(declarations).hasSize(PANEL.size());
			List<Integer> statuses = declareAtOnce(declarations);
			assertThat(statuses).as("one winner at least, the others 204 or 409, never a 500")
				.contains(204)
				.allMatch(status -> status == 204 || status == 409);
			statusesSeen += statuses.size();
			if (statuses.contains(409)) {
				List<Task> left = pipeline.tasks(reference, ProcessIds.TASK_DECLARE_INTERESTS);
				assertThat(left).as("each loser's declaration is still to do: nothing half-applied")
					.hasSize((int) statuses.stream().filter(status -> status == 409).count());
				for (Task task : left) {
					assertThat(declare(task).status()).isEqualTo(204);
				}
				pipeline.runJobs();
				assertThat(pipeline.tasks(reference, ProcessIds.TASK_SCHEDULE_INTERVIEW)).hasSize(1);
				return;
			}
		}
		throw new AssertionError("no two declarations collided in 10 attempts (" + statusesSeen + " requests)");
	}

	/**
	 * Two HR officers record the same letter of withdrawal at once (the service's own
	 * API): it is recorded once; the second is the same withdrawal (200) or, when the two
	 * collide in the engine, refused (409) — never a 500.
	 */
	@Test
	void two_officers_recording_the_same_withdrawal_at_once_record_it_once() throws Exception {
		List.of("hedda", "hugo").forEach(user -> TestUsers.ensure(identity, user, Roles.GROUP_HR));
		for (int attempt = 0; attempt < 20; attempt++) {
			String reference = pipeline.apply(vacancy);
			List<Integer> statuses = new ArrayList<>();
			for (Api.Response response : atOnce(Stream.of("hedda", "hugo")
				.map(user -> (Callable<Api.Response>) () -> new Api(port).as(user)
					.postJson("/api/applications/" + reference + "/withdrawal", ""))
				.toList())) {
				statuses.add(response.status());
				if (response.status() != 200) {
					assertThat(response.header("Content-Type")).as(response.toString())
						.startsWith("application/problem+json");
				}
			}
			assertThat(statuses).as("recorded (the second letter is the same withdrawal) or refused, never a 500")
				.contains(200)
				.allMatch(status -> status == 200 || status == 409);
			pipeline.runJobs();
			var history = new Api(port).as("hedda").get("/api/applications/" + reference).json().path("history");
			assertThat(history.findValues("to").stream().filter(to -> to.asText().equals("WITHDRAWN")))
				.as("withdrawn once in the audit trail")
				.hasSize(1);
		}
	}

	/**
	 * The candidate accepts in the very moment the offer's expiry timer fires: one of
	 * them wins, the other is refused or retried, and the case says one thing — accepted
	 * (on to clearances) or expired — never both, never half.
	 */
	@Test
	void an_offer_accepted_as_its_expiry_fires_ends_one_way_only() throws Exception {
		TestUsers.ensure(identity, "hedda", Roles.GROUP_HR);
		for (int attempt = 0; attempt < 5; attempt++) {
			String reference = pipeline.apply(vacancy);
			pipeline.throughPanel(reference, 4, "SELECT");
			pipeline.approveOffer(reference);
			String timer = pipeline.timer(reference, "Timer_OfferExpired").getId();
			CyclicBarrier start = new CyclicBarrier(2);
			Future<Throwable> accepting = threads.submit(() -> failure(start, () -> offers.answer(reference, true)));
			Future<Throwable> expiring = threads.submit(() -> failure(start, () -> management.executeJob(timer)));
			Throwable candidateRefused = accepting.get();
			Throwable timerFailed = expiring.get();
			pipeline.runJobs();

			var file = new Api(port).as("hedda").get("/api/applications/" + reference).json();
			String offer = file.path("offer").path("status").asText();
			String status = file.path("status").asText();
			assertThat(offer + " " + status).as("one outcome, the case and the offer agreeing")
				.isIn("ACCEPTED CLEARANCE", "EXPIRED OFFER_EXPIRED");
			if (candidateRefused != null) {
				assertThat(status).isEqualTo("OFFER_EXPIRED");
				assertThat(candidateRefused.getClass().getSimpleName()).as(String.valueOf(candidateRefused))
					.isIn("OfferNotAnswerable", "OptimisticLockingFailureException",
							"ObjectOptimisticLockingFailureException");
			}
			if (candidateRefused != null || timerFailed != null) {
				return;
			}
		}
		throw new AssertionError("the acceptance and the expiry never collided in 5 attempts");
	}

	static Throwable failure(CyclicBarrier start, Runnable work) throws Exception {
		start.await();
		try {
			work.run();
			return null;
		}
		catch (RuntimeException refused) {
			return refused;
		}
	}

	/**
	 * The candidate's letter of withdrawal is recorded in the moment the chair decides:
	 * whichever comes first, the other is refused or follows it, never a 500, and the
	 * case ends withdrawn exactly when the withdrawal was accepted.
	 */
	@Test
	void a_withdrawal_recorded_as_the_chair_decides_leaves_one_consistent_case() throws Exception {
		TestUsers.ensure(identity, "hedda", Roles.GROUP_HR);
		for (int attempt = 0; attempt < 5; attempt++) {
			String reference = pipeline.apply(vacancy);
			pipeline.screen(reference, true);
			pipeline.assess(reference, 80);
			pipeline.schedule(reference);
			pipeline.holdInterview(reference);
			pipeline.evaluateAll(reference, 4, "SELECT");
			Task decision = pipeline.task(reference, ProcessIds.TASK_DECIDE_ON_CANDIDATE);

			List<Api.Response> answers = atOnce(List.of(
					() -> post(decision.getAssignee(), "/task/" + decision.getId() + "/submit-form",
							Map.of("variables",
									Map.of("decision", Map.of("value", "SELECT"), "reason",
											Map.of("value", "The panel's report, read with the notice")))),
					() -> new Api(port).as("hedda").postJson("/api/applications/" + reference + "/withdrawal", "")));
			Api.Response decided = answers.get(0);
			Api.Response withdrawn = answers.get(1);
			pipeline.runJobs();

			assertThat(decided.status()).as(decided.toString()).isIn(204, 403, 404, 409);
			assertThat(withdrawn.status()).as(withdrawn.toString()).isIn(200, 409);
			String status = new Api(port).as("hedda")
				.get("/api/applications/" + reference)
				.json()
				.path("status")
				.asText();
			assertThat(status.equals("WITHDRAWN")).as("withdrawn exactly when the withdrawal was accepted: " + status)
				.isEqualTo(withdrawn.status() == 200);
			if (decided.status() != 204 || withdrawn.status() != 200) {
				return;
			}
		}
		throw new AssertionError("the decision and the withdrawal never collided in 5 attempts");
	}

	/** The calls, each on its own thread, released together; their answers in order. */
	List<Api.Response> atOnce(List<Callable<Api.Response>> calls) throws Exception {
		CyclicBarrier start = new CyclicBarrier(calls.size());
		List<Future<Api.Response>> answers = new ArrayList<>();
		for (Callable<Api.Response> call : calls) {
			answers.add(threads.submit(() -> {
				start.await();
				return call.call();
			}));
		}
		List<Api.Response> responses = new ArrayList<>();
		for (Future<Api.Response> answer : answers) {
			responses.add(answer.get());
		}
		return responses;
	}

	String atDeclarations() {
		String reference = pipeline.apply(vacancy);
		pipeline.screen(reference, true);
		pipeline.assess(reference, 90);
		return reference;
	}

	Api.Response declare(Task task) {
		return post(task.getAssignee(), "/task/" + task.getId() + "/submit-form",
				Map.of("variables", Map.of("conflict", Map.of("value", false))));
	}

	List<Integer> declareAtOnce(List<Task> declarations) throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (Api.Response response : atOnce(
				declarations.stream().map(task -> (Callable<Api.Response>) () -> declare(task)).toList())) {
			if (response.status() == 409) {
				assertThat(response.json().path("type").asText()).isEqualTo("OptimisticLockingException");
				assertThat(response.json().path("message").asText())
					.startsWith("Quelqu’un d’autre a modifié ce dossier");
			}
			statuses.add(response.status());
		}
		return statuses;
	}

}
