package org.hireflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.DatabaseHeavy;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One competition end to end, the way its people work it: staff over the service's API
 * and the engine REST API (as themselves, under Camunda's authorizations), candidates
 * over the public API. Five candidates apply; each reaches a different outcome; one is
 * hired.
 */
@DatabaseHeavy
@IntegrationTest
class HiringEndToEndTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	Pipeline pipeline;

	@Autowired
	TestClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		TestUsers.ensure(identity, "henri", Roles.GROUP_HIRING_MANAGERS);
		TestUsers.ensure(identity, "hana", Roles.GROUP_HR);
		TestUsers.ensure(identity, "rita", Roles.GROUP_RECRUITERS);
		for (String member : List.of("paul", "petra", "pedro")) {
			TestUsers.ensure(identity, member, Roles.GROUP_PANEL);
		}
	}

	@Test
	void a_vacancy_is_created_approved_and_filled_while_four_other_candidates_reach_their_own_outcomes() {
		String vacancy = createAndApproveVacancy();

		String ineligible = apply(vacancy, application -> application.put("appliedNationality", "CH"), List.of("CH"));
		String screenedOut = apply(vacancy, application -> {
		}, null);
		String failedTest = apply(vacancy, application -> {
		}, null);
		String rejected = apply(vacancy, application -> {
		}, null);
		String hired = apply(vacancy, application -> {
		}, null);
		pipeline.runJobs();

		// screening by rita: a rejection without a reason is refused by the server,
		// whatever the client
		var noReason = completeTask("rita", screenedOut, "Task_ScreenApplication", Map.of("outcome", "REJECTED"));
		assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
		assertThat(noReason.json().path("message").asText()).as("the form's message, no task id")
			.isEqualTo("A reason is required to reject an application at screening.")
			.doesNotContain(pipeline.task(screenedOut, "Task_ScreenApplication").getId());
		// the same refusal to a recruiter whose browser (and so Tasklist) is in French
		var enFrancais = api.as("rita")
			.header("Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5")
			.postJson("/engine-rest/task/" + pipeline.task(screenedOut, "Task_ScreenApplication").getId() + "/complete",
					Map.of("variables", Map.of("outcome", Map.of("value", "REJECTED"))));
		assertThat(enFrancais.json().path("message").asText()).as(enFrancais.toString())
			.isEqualTo("Un motif est obligatoire pour écarter une candidature à la présélection.");
		assertOk(completeTask("rita", screenedOut, "Task_ScreenApplication",
				Map.of("outcome", "REJECTED", "reason", "No evidence of incident handling")));
		for (String reference : List.of(failedTest, rejected, hired)) {
			assertOk(completeTask("rita", reference, "Task_ScreenApplication", Map.of("outcome", "SHORTLISTED")));
		}

		assertOk(completeTask("rita", failedTest, "Task_RecordAssessment", Map.of("kind", "BOTH", "score", 41)));
		for (String reference : List.of(rejected, hired)) {
			assertOk(completeTask("rita", reference, "Task_RecordAssessment",
					Map.of("kind", "WRITTEN_TEST", "score", 77)));
			for (String member : List.of("paul", "petra", "pedro")) {
				assertOk(completeTask(member, reference, "Task_DeclareInterests", Map.of("conflict", false)));
			}
			LocalDateTime at = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Brussels"))).plusDays(10).withNano(0);
			assertOk(completeTask("rita", reference, "Task_ScheduleInterview", Map.of("startsAt", at.toString(),
					"timeZone", "Europe/Brussels", "videoLink", "https://video.example.org/panel-1")));
			pipeline.holdInterview(reference);
			for (String member : List.of("paul", "petra", "pedro")) {
				assertOk(completeTask(member, reference, "Task_EvaluateCandidate",
						Map.of("scores", pipeline.scores(reference, reference.equals(hired) ? 5 : 2, Map.of()),
								"recommendation", reference.equals(hired) ? "SELECT" : "REJECT", "comment",
								"STAR answers with measurable results")));
			}
		}
		// a panel member of another competition sees none of these tasks
		TestUsers.ensure(identity, "olga", Roles.GROUP_PANEL);
		assertThat(api.as("olga")
			.get("/engine-rest/task?candidateUser=olga&includeAssignedTasks=true&processInstanceBusinessKey=" + hired)
			.json()).isEmpty();
		assertThat(api.as("olga").get("/engine-rest/task?processInstanceBusinessKey=" + hired).status()).isEqualTo(403);

		assertOk(completeTask("paul", rejected, "Task_DecideOnCandidate",
				Map.of("decision", "REJECT", "reason", "Below the bar on analysis and integrity")));
		assertOk(completeTask("paul", hired, "Task_DecideOnCandidate",
				Map.of("decision", "SELECT", "reason", "Strongest on every criterion")));
		assertOk(completeTask("hana", hired, "Task_ApproveOffer",
				Map.of("grade", "A.2", "step", 2, "startDate", LocalDate.now(clock).plusMonths(4).toString())));
		var accepted = api.as("hana")
			.postJson("/api/applications/" + hired + "/offer/answer", Map.of("accepted", true));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		pipeline.runJobs();
		// HR moves the start date, with a reason; the clearances' due dates follow it
		LocalDate moved = LocalDate.now(clock).plusMonths(5);
		String startDate = "/api/applications/" + hired + "/offer/start-date";
		assertThat(api.as("hana").putJson(startDate, Map.of("startDate", moved.toString())).status()).isEqualTo(400);
		assertThat(api.as("rita")
			.putJson(startDate, Map.of("startDate", moved.toString(), "reason", "Later arrival"))
			.status()).isEqualTo(403);
		var move = api.as("hana").putJson(startDate, Map.of("startDate", moved.toString(), "reason", "Later arrival"));
		assertThat(move.json().path("startDate").asText()).as(move.toString()).isEqualTo(moved.toString());
		assertThat(api.as("hana")
			.get("/engine-rest/task?candidateGroup=hr&processInstanceBusinessKey=" + hired)
			.json()
			.findValuesAsText("due")).hasSize(2)
			.allSatisfy(due -> assertThat(due).startsWith(moved.minusDays(14) + "T"));
		assertOk(completeTask("hana", hired, "Task_RecordSecurityClearance", Map.of("cleared", true)));
		assertOk(completeTask("hana", hired, "Task_RecordMedicalClearance", Map.of("cleared", true)));

		assertOutcome(ineligible, "INELIGIBLE", "SUBMITTED", "INELIGIBLE");
		assertOutcome(screenedOut, "REJECTED", "SUBMITTED", "SCREENING", "REJECTED");
		assertOutcome(failedTest, "REJECTED", "SUBMITTED", "SCREENING", "ASSESSMENT", "REJECTED");
		assertOutcome(rejected, "REJECTED", "SUBMITTED", "SCREENING", "ASSESSMENT", "INTERVIEW", "DECISION",
				"REJECTED");
		JsonNode hiredFile = assertOutcome(hired, "HIRED", "SUBMITTED", "SCREENING", "ASSESSMENT", "INTERVIEW",
				"DECISION", "OFFER", "CLEARANCE", "HIRED");
		assertThat(hiredFile.path("evaluations")).hasSize(3);
		assertThat(hiredFile.path("history").findValuesAsText("outcome")).as("the panel's declarations, in the trail")
			.containsSubsequence("assessment passed", "no conflict declared", "no conflict declared",
					"no conflict declared", "panel evaluated");
		assertThat(hiredFile.path("panel").path("evaluators")).hasSize(3);
		assertThat(hiredFile.path("decision").path("aggregateScore").asDouble()).isEqualTo(5.0);
		assertThat(hiredFile.path("offer").path("status").asText()).isEqualTo("ACCEPTED");
		assertThat(hiredFile.path("offer").path("startDateMoves")).singleElement().satisfies(change -> {
			assertThat(change.path("to").asText()).isEqualTo(moved.toString());
			assertThat(change.path("reason").asText()).isEqualTo("Later arrival");
			assertThat(change.path("by").asText()).isEqualTo("hana");
		});
		assertThat(hiredFile.path("clearances").findValuesAsText("kind")).containsExactlyInAnyOrder("SECURITY",
				"MEDICAL");
		assertThat(hiredFile.path("interview").path("panel")).hasSize(3);
		assertThat(hiredFile.path("stages")).hasSize(8);
		assertThat(hiredFile.path("screening").path("by").asText()).isEqualTo("rita");

		var vacancyView = api.as("hana").get("/api/vacancies/" + vacancy).json();
		assertThat(vacancyView.path("status").asText()).isEqualTo("FILLED");
		assertThat(vacancyView.path("filledPosts").asInt()).isEqualTo(1);
	}

	private String createAndApproveVacancy() {
		Map<String, Object> body = Fixtures.vacancyRequest(clock, 1);
		var created = api.as("henri").postJson("/api/vacancies", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String reference = created.json().path("reference").asText();
		assertThat(api.as("henri").postJson("/api/vacancies/" + reference + "/submission", "").status()).isEqualTo(200);
		pipeline.runJobs();
		assertOk(completeTask("henri", reference, "Task_ApproveAsHiringManager", Map.of("approved", true)));
		var hrTask = completeTask("hana", reference, "Task_ApproveAsHR", Map.of("approved", true));
		assertOk(hrTask);
		assertThat(api.get("/api/public/vacancies/" + reference).json().path("status").asText()).isEqualTo("PUBLISHED");
		return reference;
	}

	private String apply(String vacancy, java.util.function.Consumer<Map<String, Object>> change,
			List<String> nationalities) {
		Map<String, Object> application = Fixtures.application(Fixtures.uniqueEmail());
		if (nationalities != null) {
			application.put("nationalities", nationalities);
		}
		change.accept(application);
		var response = api.postJson(Fixtures.applicationsPath(vacancy), application);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().path("reference").asText();
	}

	/**
	 * Finds the user's open task through engine REST and completes it there, as Tasklist
	 * would.
	 */
	private Api.Response completeTask(String user, String businessKey, String taskKey, Map<String, Object> values) {
		pipeline.runJobs();
		String query = "&processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey;
		List<JsonNode> found = new ArrayList<>();
		api.as(user).get("/engine-rest/task?assignee=" + user + query).json().forEach(found::add);
		api.as(user)
			.get("/engine-rest/task?includeAssignedTasks=true&candidateUser=" + user + query)
			.json()
			.forEach(found::add);
		assertThat(found).as("%s's %s tasks of %s", user, taskKey, businessKey).isNotEmpty();
		String taskId = null;
		for (JsonNode task : found) {
			if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()
					|| user.equals(task.path("assignee").asText())) {
				taskId = task.path("id").asText();
			}
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		var response = api.as(user)
			.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
		pipeline.runJobs();
		return response;
	}

	private static void assertOk(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(204);
	}

	private JsonNode assertOutcome(String reference, String status, String... trail) {
		JsonNode file = api.as("hana").get("/api/applications/" + reference).json();
		assertThat(file.path("status").asText()).as(reference).isEqualTo(status);
		List<String> statuses = new ArrayList<>();
		file.path("history").forEach(event -> {
			if (!event.path("to").asText().equals(event.path("from").asText())) {
				statuses.add(event.path("to").asText());
			}
		});
		assertThat(statuses).as(reference).containsExactly(trail);
		assertThat(pipeline.process(reference).isEnded()).as(reference).isTrue();
		return file;
	}

}
