package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The security module on its own (with platform and vacancy): closed by default before
 * any controller exists — the engine's REST, the webapps' API and the staff API refuse an
 * anonymous caller whatever is behind them.
 */
@ModuleTest
@AutoConfigureMockMvc
class SecurityModuleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void only_security_and_the_platform_are_loaded() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "security");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/user",
			"/camunda/api/engine/engine/default/task", "/api/applications", "/api/vacancies", "/api/anything-new",
			"/actuator/metrics" })
	void an_anonymous_caller_is_refused_everywhere_staff_work(String path) throws Exception {
		int read = mvc.perform(get(path)).andReturn().getResponse().getStatus();
		int write = mvc.perform(post(path).contentType("application/json").content("{}"))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(read).as("GET " + path).isIn(401, 403);
		assertThat(write).as("POST " + path).isIn(401, 403);
	}

}
