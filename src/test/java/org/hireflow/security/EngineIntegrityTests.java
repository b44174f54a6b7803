package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.testing.WebappSession;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reproductions of the integrity review, each against the engine REST API and the
 * webapps' engine API: a decision is made by the person the process gave it to, with the
 * inputs the form declares, and nothing else.
 */
@IntegrationTest
class EngineIntegrityTests {

	static final String CHAIR = "eiPaul";

	static final String MEMBER = "eiPetra";

	static final String RECRUITER = "eiRita";

	static final String ADMIN = "eiAdmin";

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilterService filters;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		TestUsers.ensure(identity, ADMIN, Roles.GROUP_ADMIN);
		TestUsers.ensure(identity, RECRUITER, Roles.GROUP_RECRUITERS);
		for (String member : List.of(CHAIR, MEMBER, "eiPedro")) {
			TestUsers.ensure(identity, member, Roles.GROUP_PANEL);
		}
	}

	@Test
	void a_panel_member_cannot_make_herself_chair_on_either_engine_api() {
		String reference = atEvaluations();
		Task own = evaluationOf(reference, MEMBER);
		String chair = "{\"value\":\"" + MEMBER + "\",\"type\":\"String\"}";

		var rest = api.as(MEMBER).putJson("/engine-rest/task/" + own.getId() + "/variables/panelChair", chair);
		var webapp = WebappSession.login(port, MEMBER, "tasklist")
			.send("PUT", "/camunda/api/engine/engine/default/task/" + own.getId() + "/variables/panelChair",
					"application/json", chair);

		assertThat(rest.status()).isEqualTo(403);
		assertThat(rest.problemType()).isEqualTo("engine-call-refused");
		assertThat(webapp.status()).isEqualTo(403);
		assertThat(runtime.getVariable(own.getProcessInstanceId(), ProcessIds.VAR_PANEL_CHAIR)).isEqualTo(CHAIR);
	}

	@Test
	void the_engine_itself_refuses_a_task_workers_variable_change_behind_the_firewall() {
		String reference = atEvaluations();
		Task own = evaluationOf(reference, MEMBER);

		identity.setAuthentication(MEMBER, List.of(Roles.GROUP_PANEL));
		try {
			assertThatThrownBy(() -> tasks.setVariable(own.getId(), ProcessIds.VAR_PANEL_CHAIR, MEMBER))
				.isInstanceOf(AuthorizationException.class);
		}
		finally {
			identity.clearAuthentication();
		}
		assertThat(runtime.getVariable(own.getProcessInstanceId(), ProcessIds.VAR_PANEL_CHAIR)).isEqualTo(CHAIR);
	}

	@Test
	void a_candidate_recruiter_cannot_point_a_task_at_another_application() {
		Vacancy vacancy = vacancy();
		String reference = pipeline.apply(vacancy);
		Task screening = pipeline.task(reference, ProcessIds.TASK_SCREEN_APPLICATION);
		Object before = runtime.getVariable(screening.getProcessInstanceId(), ProcessIds.VAR_APPLICATION_ID);
		String other = "{\"value\":1,\"type\":\"Long\"}";

		var rest = api.as(RECRUITER)
			.putJson("/engine-rest/task/" + screening.getId() + "/variables/applicationId", other);
		var local = api.as(RECRUITER)
			.putJson("/engine-rest/task/" + screening.getId() + "/localVariables/applicationId", other);
		var webapp = WebappSession.login(port, RECRUITER, "tasklist")
			.send("PUT", "/camunda/api/engine/engine/default/task/" + screening.getId() + "/variables/applicationId",
					"application/json", other);

		assertThat(List.of(rest.status(), local.status(), webapp.status())).containsOnly(403);
		assertThat(runtime.getVariable(screening.getProcessInstanceId(), ProcessIds.VAR_APPLICATION_ID))
			.isEqualTo(before);
	}

	@Test
	void bpmn_errors_and_escalations_from_callers_are_refused_not_500() {
		String reference = atEvaluations();
		Task own = evaluationOf(reference, MEMBER);

		var error = api.as(MEMBER)
			.postJson("/engine-rest/task/" + own.getId() + "/bpmnError",
					"{\"errorCode\":\"nope\",\"variables\":{\"decision\":{\"value\":\"REJECT\"}}}");
		var escalation = api.as(MEMBER)
			.postJson("/engine-rest/task/" + own.getId() + "/bpmnEscalation", "{\"escalationCode\":\"unknown\"}");

		assertThat(error.status()).isEqualTo(403);
		assertThat(escalation.status()).isEqualTo(403);
		assertThat(runtime.getVariable(own.getProcessInstanceId(), ProcessIds.VAR_DECISION)).isNull();
		assertThat(pipeline.tasks(reference, ProcessIds.TASK_EVALUATE_CANDIDATE)).hasSize(3);
	}

	@Test
	void a_stranger_to_a_task_gets_the_same_404_whatever_the_body() {
		String reference = atEvaluations();
		Task chairs = evaluationOf(reference, CHAIR);

		var invalid = api.as(MEMBER)
			.postJson("/engine-rest/task/" + chairs.getId() + "/complete", "{\"variables\":{}}");
		var valid = api.as(MEMBER)
			.postJson("/engine-rest/task/" + chairs.getId() + "/complete",
					Map.of("variables", Map.of("recommendation", Map.of("value", "SELECT"))));
		var unknown = api.as(MEMBER)
			.postJson("/engine-rest/task/00000000-0000-0000-0000-000000000000/complete", "{\"variables\":{}}");

		assertThat(List.of(invalid.status(), valid.status(), unknown.status())).containsOnly(404);
		assertThat(invalid.text()).isEqualTo(valid.text())
			.doesNotContain(chairs.getProcessInstanceId())
			.doesNotContain("recommendation");
		assertThat(unknown.problemType()).isEqualTo(invalid.problemType());
	}

	@Test
	void a_colleague_cannot_claim_or_complete_a_task_another_recruiter_claimed() {
		TestUsers.ensure(identity, "eiRaoul", Roles.GROUP_RECRUITERS);
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, RECRUITER, List.of(CHAIR, MEMBER, "eiPedro"), CHAIR));
		String reference = pipeline.apply(vacancy);
		Task screening = pipeline.task(reference, ProcessIds.TASK_SCREEN_APPLICATION);
		tasks.addCandidateUser(screening.getId(), "eiRaoul");
		tasks.claim(screening.getId(), RECRUITER);

		var claim = api.as("eiRaoul")
			.postJson("/engine-rest/task/" + screening.getId() + "/claim", "{\"userId\":\"eiRaoul\"}");
		var complete = api.as("eiRaoul")
			.postJson("/engine-rest/task/" + screening.getId() + "/complete",
					Map.of("variables", Map.of("outcome", Map.of("value", "SHORTLISTED"))));

		assertThat(claim.status()).isEqualTo(403);
		assertThat(complete.status()).isEqualTo(403);
		assertThat(complete.problemType()).isEqualTo("task-not-yours");
		assertThat(tasks.createTaskQuery().taskId(screening.getId()).singleResult().getAssignee()).isEqualTo(RECRUITER);
	}

	@Test
	void a_task_query_lists_only_the_callers_own_tasks_and_naming_nobody_or_someone_else_is_refused() {
		String reference = atEvaluations();
		Task own = evaluationOf(reference, MEMBER);
		Task chairs = evaluationOf(reference, CHAIR);
		String evaluations = filters.createFilterQuery().filterName("My panel evaluations").singleResult().getId();

		var everyone = api.as(MEMBER).get("/engine-rest/task?processInstanceBusinessKey=" + reference);
		var mine = api.as(MEMBER)
			.get("/engine-rest/task?assignee=" + MEMBER + "&processInstanceBusinessKey=" + reference);
		var theChairs = api.as(MEMBER).postJson("/engine-rest/task", Map.of("assignee", CHAIR));
		var throughFilter = api.as(MEMBER).postJson("/engine-rest/filter/" + evaluations + "/list", Map.of());
		var filterBent = api.as(MEMBER)
			.postJson("/engine-rest/filter/" + evaluations + "/list", Map.of("assignee", CHAIR));
		var webappBent = WebappSession.login(port, MEMBER, "tasklist")
			.send("POST", "/camunda/api/engine/engine/default/filter/" + evaluations + "/list", "application/json",
					"{\"assignee\":\"" + CHAIR + "\"}");

		assertThat(List.of(everyone.status(), theChairs.status(), filterBent.status(), webappBent.status()))
			.containsOnly(403);
		assertThat(everyone.problemType()).isEqualTo("engine-call-refused");
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().findValuesAsText("id")).containsExactly(own.getId());
		assertThat(throughFilter.json().findValuesAsText("id")).contains(own.getId()).doesNotContain(chairs.getId());
	}

	@Test
	void behind_the_firewall_a_claim_is_for_oneself_and_only_of_a_task_offered_to_one() {
		Vacancy vacancy = vacancy();
		String reference = pipeline.apply(vacancy);
		Task screening = pipeline.task(reference, ProcessIds.TASK_SCREEN_APPLICATION);
		TestUsers.ensure(identity, "eiRaymond", Roles.GROUP_RECRUITERS);

		identity.setAuthentication(RECRUITER, List.of(Roles.GROUP_RECRUITERS));
		try {
			assertThatThrownBy(() -> tasks.claim(screening.getId(), "eiRaymond"))
				.isInstanceOf(AuthorizationException.class);
		}
		finally {
			identity.clearAuthentication();
		}
		identity.setAuthentication("eiRaymond", List.of(Roles.GROUP_RECRUITERS));
		try {
			assertThatThrownBy(() -> tasks.claim(screening.getId(), "eiRaymond"))
				.isInstanceOf(AuthorizationException.class);
		}
		finally {
			identity.clearAuthentication();
		}
		assertThat(tasks.createTaskQuery().taskId(screening.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void only_a_tasks_declared_inputs_may_be_submitted_with_it() {
		String reference = atEvaluations();
		Task own = evaluationOf(reference, MEMBER);
		String scores = pipeline.scores(reference, 4, Map.of());

		var smuggled = api.as(MEMBER)
			.postJson("/engine-rest/task/" + own.getId() + "/complete",
					Map.of("variables",
							Map.of("scores", Map.of("value", scores), "recommendation", Map.of("value", "SELECT"),
									"comment", Map.of("value", "Solid"), "panelChair", Map.of("value", MEMBER))));

		assertThat(smuggled.status()).isEqualTo(400);
		assertThat(smuggled.text()).contains("panelChair").contains("not an input of this task");
		assertThat(runtime.getVariable(own.getProcessInstanceId(), ProcessIds.VAR_PANEL_CHAIR)).isEqualTo(CHAIR);
		assertThat(tasks.createTaskQuery().taskId(own.getId()).count()).isEqualTo(1);
	}

	@Test
	void an_administrators_engine_changes_are_written_to_the_audit_trail() {
		String reference = atEvaluations();
		Task own = evaluationOf(reference, MEMBER);
		long before = jdbc.queryForObject("select count(*) from admin_action where actor = ?", Long.class, ADMIN);

		var changed = api.as(ADMIN)
			.putJson("/engine-rest/task/" + own.getId() + "/localVariables/note",
					"{\"value\":\"checked\",\"type\":\"String\"}");
		api.as(ADMIN).get("/engine-rest/task/" + own.getId());
		api.as(ADMIN).postJson("/engine-rest/task/count", "{}");

		assertThat(changed.status()).isEqualTo(204);
		List<Map<String, Object>> actions = jdbc
			.queryForList("select method, path, status from admin_action where actor = ? order by id desc", ADMIN);
		assertThat(actions).hasSize((int) before + 1);
		assertThat(actions.get(0)).containsEntry("method", "PUT")
			.containsEntry("path", "/task/" + own.getId() + "/localVariables/note")
			.containsEntry("status", 204);
		var trail = api.as(ADMIN).get("/api/admin-actions?size=5");
		assertThat(trail.json().get(0).path("path").asText())
			.isEqualTo("/task/" + own.getId() + "/localVariables/note");
		assertThat(api.as(MEMBER).get("/api/admin-actions").status()).isEqualTo(403);
	}

	@Test
	void refusals_on_the_webapps_engine_api_never_ask_the_browser_for_a_password() {
		var anonymous = WebappSession.anonymous(port).get("/camunda/api/engine/engine/default/task");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("WWW-Authenticate")).isNull();
		assertThat(anonymous.header("Set-Cookie")).isNull();
	}

	private Vacancy vacancy() {
		return pipeline.openVacancy(Fixtures.vacancyDraft(clock, RECRUITER, List.of(CHAIR, MEMBER, "eiPedro"), CHAIR));
	}

	private String atEvaluations() {
		String reference = pipeline.apply(vacancy());
		pipeline.screen(reference, true);
		pipeline.assess(reference, 80);
		pipeline.schedule(reference);
		pipeline.holdInterview(reference);
		return reference;
	}

	private Task evaluationOf(String reference, String member) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(ProcessIds.TASK_EVALUATE_CANDIDATE)
			.taskAssignee(member)
			.singleResult();
	}

}
