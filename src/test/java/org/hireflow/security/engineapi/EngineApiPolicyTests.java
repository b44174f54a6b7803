package org.hireflow.security.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.hireflow.security.engineapi.EngineApiPolicy.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The engine APIs' list of what non-administrators may call, read as a table (no service
 * started).
 */
class EngineApiPolicyTests {

	static final String TASK = "/task/6f1c2d3e-aaaa-bbbb-cccc-0123456789ab";

	@ParameterizedTest
	@CsvSource({ "GET, /engine-rest" + TASK + ", TASK_VISIBLE", "POST, /engine-rest" + TASK + "/complete, TASK_WORK",
			"POST, /camunda/api/engine/engine/default" + TASK + "/submit-form, TASK_WORK",
			"POST, /engine-rest/engine/default" + TASK + "/claim, TASK_CLAIM", "GET, /engine-rest/task/count, STAFF",
			"POST, /engine-rest/filter/6f1c2d3e-aaaa-bbbb-cccc-0123456789ab/list, STAFF",
			"GET, /engine-rest/process-definition/application:3:6f1c2d3e-aaaa-bbbb-cccc-0123456789ab/xml, STAFF",
			"GET, /engine-rest/user/rita/profile, SELF", "GET, /camunda/api/engine/engine/, ANYONE",
			"POST, /camunda/api/admin/auth/user/default/login/tasklist, ANYONE" })
	void tasklists_calls_are_allowed_with_their_check(String method, String path, Check check) {
		assertThat(rule(method, path)).map(EngineApiPolicy.Rule::check).contains(check);
	}

	@ParameterizedTest
	@CsvSource({ "PUT, /engine-rest" + TASK + "/variables/panelChair", "POST, /engine-rest" + TASK + "/bpmnError",
			"POST, /engine-rest" + TASK + "/bpmnEscalation", "POST, /engine-rest" + TASK + "/delegate",
			"POST, /engine-rest" + TASK + "/assignee", "POST, /engine-rest" + TASK + "/identity-links",
			"GET, /engine-rest" + TASK + "/variables", "POST, /engine-rest/task/create", "POST, /engine-rest/message",
			"POST, /engine-rest/signal", "GET, /engine-rest/history/task", "GET, /engine-rest/process-instance",
			"POST, /engine-rest/deployment/create", "GET, /engine-rest/process-definition/count",
			"GET, /engine-rest/process-definition/statistics", "GET, /engine-rest/task/not-an-id",
			"POST, /engine-rest/filter/create", "PUT, /engine-rest/user/rita/credentials",
			"GET, /camunda/api/cockpit/plugin/base/default/process-instance",
			"POST, /camunda/api/admin/setup/default/user/create", "GET, /engine-rest/task/count/extra" })
	void everything_else_is_for_administrators(String method, String path) {
		assertThat(rule(method, path)).isEmpty();
	}

	@Test
	void the_engine_name_is_taken_out_so_both_apis_have_one_shape() {
		EngineApiCall rest = EngineApiCall.of("GET", "/engine-rest/engine/default" + TASK + "/form", "/camunda")
			.orElseThrow();
		EngineApiCall webapp = EngineApiCall
			.of("GET", "/camunda/api/engine/engine/default" + TASK + "/form", "/camunda")
			.orElseThrow();

		assertThat(rest.path()).isEqualTo(webapp.path()).isEqualTo(TASK + "/form");
		assertThat(EngineApiCall.of("GET", "/api/applications", "/camunda")).isEmpty();
	}

	@Test
	void queries_and_reads_are_not_audited_as_changes_everything_else_is() {
		assertThat(AdminActions.isChange(call("GET", "/engine-rest/process-instance"))).isFalse();
		assertThat(AdminActions.isChange(call("POST", "/engine-rest/task"))).isFalse();
		assertThat(AdminActions.isChange(call("POST", "/engine-rest/history/task"))).isFalse();
		assertThat(AdminActions.isChange(call("POST", "/engine-rest/filter/x/list"))).isFalse();
		assertThat(AdminActions.isChange(call("PUT", "/engine-rest/process-instance/x/variables/y"))).isTrue();
		assertThat(AdminActions.isChange(call("POST", "/engine-rest/message"))).isTrue();
		assertThat(AdminActions.isChange(call("POST", "/engine-rest/task/create"))).isTrue();
		assertThat(AdminActions.isChange(call("DELETE", "/engine-rest/deployment/x"))).isTrue();
	}

	private static Optional<EngineApiPolicy.Rule> rule(String method, String path) {
		return EngineApiPolicy.ruleFor(call(method, path));
	}

	private static EngineApiCall call(String method, String path) {
		return EngineApiCall.of(method, path, "/camunda").orElseThrow();
	}

}
