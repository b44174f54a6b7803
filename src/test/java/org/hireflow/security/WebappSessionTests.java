package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestUsers;
import org.hireflow.testing.WebappSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One session per login, whatever the order of the calls a Tasklist form makes. */
@IntegrationTest
class WebappSessionTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Test
	void a_forms_call_to_the_service_keeps_the_tasklist_session() {
		TestUsers.ensure(identity, "wsRita", Roles.GROUP_RECRUITERS);
		WebappSession tasklist = WebappSession.login(port, "wsRita", "tasklist");

		var context = tasklist.get("/api/tasks/00000000-0000-0000-0000-000000000000/context");
		var filters = tasklist.get("/camunda/api/engine/engine/default/filter");

		assertThat(context.status()).isEqualTo(404);
		assertThat(context.raw().headers().allValues("Set-Cookie")).as("a new session id logs Tasklist out").isEmpty();
		assertThat(filters.status()).isEqualTo(200);
	}

}
