package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestUsers;
import org.hireflow.testing.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hardening of Camunda 7.24.0 CE that the service does itself, attacked the way an
 * attacker would.
 */
@IntegrationTest
class EngineHardeningTests {

	static final String OR_QUERY_EXPRESSION = "{\"orQueries\":[{\"assigneeExpression\":\"${'x'.concat('y')}\"}]}";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	FilterService filters;

	@Autowired
	AuthorizationService authorizations;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		TestUsers.ensure(identity, "admin", Roles.GROUP_ADMIN);
		TestUsers.ensure(identity, "rita", Roles.GROUP_RECRUITERS);
	}

	@Test
	void anonymous_engine_rest_calls_get_401() {
		var response = api.get("/engine-rest/task");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
		assertThat(response.problemType()).isEqualTo("unauthorized");
	}

	@Test
	void a_wrong_password_gets_401() {
		TestUsers.ensure(identity, "mallory", Roles.GROUP_RECRUITERS);
		// mallory:wrong — Camunda then delays mallory's next logins, so no other test
		// uses this user
		var response = new Api(port).header("Authorization", "Basic bWFsbG9yeTp3cm9uZw==").get("/engine-rest/task");

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void behind_the_firewall_the_engine_applies_its_authorizations_to_the_authenticated_user() {
		Filter unshared = filters.newTaskFilter("Nobody's (test)");
		filters.saveFilter(unshared);
		try {
			var response = api.as("rita").get("/engine-rest/filter/" + unshared.getId());

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.json().path("type").asText()).isEqualTo("AuthorizationException");
			assertThat(response.text()).contains("READ").contains("Filter");
		}
		finally {
			filters.deleteFilter(unshared.getId());
		}
	}

	@Test
	void the_admin_setup_endpoint_is_refused_even_when_the_admin_group_has_no_direct_member() {
		List<User> admins = identity.createUserQuery().memberOfGroup(Roles.GROUP_ADMIN).list();
		admins.forEach(admin -> identity.deleteMembership(admin.getId(), Roles.GROUP_ADMIN));
		try {
			var response = api.postJson("/camunda/api/admin/setup/default/user/create",
					Map.of("profile", Map.of("id", "intruder", "firstName", "I", "lastName", "N", "email", "i@n.org"),
							"credentials", Map.of("password", "intruder")));

			assertThat(response.status()).isEqualTo(403);
			assertThat(response.problemType()).isEqualTo("setup-disabled");
			assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
		}
		finally {
			admins.forEach(admin -> identity.createMembership(admin.getId(), Roles.GROUP_ADMIN));
		}
	}

	@Test
	void the_setup_endpoint_is_refused_whatever_the_spelling_of_its_path() {
		for (String path : List.of("/camunda/api/admin/setup/default/user/create",
				"/camunda/api/admin/SETUP/default/user/create", "/camunda/api/admin/setup/default/user/create/",
				"/camunda/api/admin/setup/default/user/%63reate", "/camunda//api/admin/setup/default/user/create",
				"/camunda/api/admin/./setup/default/user/create")) {
			var response = api.postJson(path,
					Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "intruder")));
			assertThat(response.status()).as(path).isBetween(400, 404);
		}
		assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
	}

	@Test
	void a_task_query_with_an_expression_in_or_queries_is_refused_on_engine_rest() {
		var response = api.as("admin").postJson("/engine-rest/task", OR_QUERY_EXPRESSION);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("expression-in-query");
	}

	@Test
	void an_expression_hidden_behind_json_escapes_is_refused_too() {
		var response = api.as("admin")
			.postJson("/engine-rest/task/count", "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{1+1}\"}]}");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void an_ad_hoc_expression_in_the_query_string_is_refused() {
		var response = api.as("admin").get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("expression-in-query");
	}

	@Test
	void a_filter_list_request_carrying_an_expression_is_refused_on_both_apis_while_the_saved_filter_works() {
		Filter filter = savedFilterWithExpressionReadableBy(Roles.GROUP_RECRUITERS);
		WebappSession tasklist = WebappSession.login(port, "rita", "tasklist");
		String webappList = "/camunda/api/engine/engine/default/filter/" + filter.getId() + "/list";

		var saved = tasklist.postJson(webappList, "{}");
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(api.as("rita").postJson("/engine-rest/filter/" + filter.getId() + "/list", "{}").status())
			.isEqualTo(200);

		var webapp = tasklist.postJson(webappList, OR_QUERY_EXPRESSION);
		var rest = api.as("rita").postJson("/engine-rest/filter/" + filter.getId() + "/list", OR_QUERY_EXPRESSION);
		assertThat(webapp.status()).isEqualTo(400);
		assertThat(webapp.problemType()).isEqualTo("expression-in-query");
		assertThat(rest.status()).isEqualTo(400);
	}

	@Test
	void a_task_query_with_an_expression_is_refused_on_the_webapps_engine_api() {
		WebappSession tasklist = WebappSession.login(port, "rita", "tasklist");

		var response = tasklist.postJson("/camunda/api/engine/engine/default/task", OR_QUERY_EXPRESSION);

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void only_admins_may_create_filters_through_the_webapps() {
		String filter = "{\"resourceType\":\"Task\",\"name\":\"sneaky\",\"query\":{}}";

		var asRecruiter = WebappSession.login(port, "rita", "tasklist")
			.postJson("/camunda/api/engine/engine/default/filter/create", filter);
		var asAdmin = WebappSession.login(port, "admin", "tasklist")
			.postJson("/camunda/api/engine/engine/default/filter/create", filter);

		assertThat(asRecruiter.status()).isEqualTo(403);
		assertThat(asAdmin.status()).isEqualTo(200);
		filters.deleteFilter(asAdmin.json().path("id").asText());
	}

	@Test
	void an_administrators_filter_without_a_name_or_query_is_a_400_not_a_500() {
		Filter filter = savedFilterWithExpressionReadableBy(Roles.GROUP_RECRUITERS);
		String path = "/engine-rest/filter/" + filter.getId();

		var noQuery = api.as("admin").putJson(path, Map.of("name", "renamed"));
		var noName = api.as("admin").putJson(path, Map.of("query", Map.of()));
		var created = api.as("admin").postJson("/engine-rest/filter/create", Map.of("name", "x", "query", Map.of()));
		var renamed = api.as("admin").putJson(path, Map.of("name", "renamed", "query", Map.of()));

		assertThat(noQuery.status()).isEqualTo(400);
		assertThat(noQuery.problemType()).isEqualTo("malformed-body");
		assertThat(noName.status()).isEqualTo(400);
		assertThat(created.status()).as("no resourceType").isEqualTo(400);
		assertThat(renamed.status()).isEqualTo(204);
		assertThat(filters.getFilter(filter.getId()).getName()).isEqualTo("renamed");
		filters.deleteFilter(filter.getId());
	}

	@Test
	void health_and_info_are_public_the_rest_of_actuator_is_for_admins() {
		assertThat(api.get("/actuator/health").status()).isEqualTo(200);
		assertThat(api.get("/actuator/info").status()).isEqualTo(200);
		assertThat(api.get("/actuator/metrics").status()).isEqualTo(401);
		assertThat(api.as("rita").get("/actuator/metrics").status()).isEqualTo(403);
		assertThat(api.as("admin").get("/actuator/metrics").status()).isEqualTo(200);
	}

	private Filter savedFilterWithExpressionReadableBy(String group) {
		Filter filter = filters.newTaskFilter("Assigned to me (test)");
		filter.setQuery(org.camunda.bpm.engine.impl.TaskQueryImpl.class
			.cast(org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine().getTaskService().createTaskQuery())
			.taskAssigneeExpression("${currentUser()}"));
		filters.saveFilter(filter);
		Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		read.setGroupId(group);
		read.setResource(Resources.FILTER);
		read.setResourceId(filter.getId());
		read.addPermission(Permissions.READ);
		authorizations.saveAuthorization(read);
		return filter;
	}

}
