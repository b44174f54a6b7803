package org.hireflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every request meets before the service reads it: one spelling per path, headers
 * for candidate pages.
 */
@IntegrationTest
class RequestHardeningTests {

	@LocalServerPort
	int port;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
	}

	@Test
	void paths_spelt_to_slip_past_a_prefix_are_refused_with_400_not_500() {
		for (String path : List.of("/%65ngine-rest/task", "/engine-rest/%74ask",
				"/camunda/api/admin;x=1/setup/default/user/create", "/camunda/api/admin/setup;/default/user/create",
				"/engine-rest/./task", "/api/%2e%2e/engine-rest/task", "/api/applications%00", "/api%5Capplications",
				"//api/applications")) {
			var response = api.as("admin").get(path);

			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.problemType()).as(path).isEqualTo("request-rejected");
		}
	}

	@Test
	void a_nul_in_a_query_parameter_is_refused_before_it_reaches_the_database() {
		var response = api.as("admin").get("/api/applications?vacancy=%00");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void the_error_page_cannot_be_asked_for_directly() {
		assertThat(api.get("/error").status()).isEqualTo(404);
	}

	@Test
	void candidate_pages_send_no_referrer_and_run_only_the_services_own_scripts() {
		var vacancy = Fixtures.publishedVacancy(vacancies, clock);
		for (String page : List.of("/vacancies", "/vacancies/" + vacancy.getReference(),
				"/vacancies/" + vacancy.getReference() + "/apply", "/status/AP-0000-000000.nope", "/status/lost")) {
			var response = api.get(page);

			assertThat(response.header("Referrer-Policy")).as(page).isEqualTo("no-referrer");
			assertThat(response.header("Content-Security-Policy")).as(page)
				.contains("script-src 'self'")
				.doesNotContain("unsafe-inline")
				.contains("frame-ancestors 'none'");
		}
		assertThat(api.get("/vacancies").text()).doesNotContain("<script>").doesNotContain("onclick=");
	}

	@Test
	void session_cookies_are_same_site_and_http_only() {
		var form = api.get("/status/lost");

		String cookie = form.raw()
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the form's CSRF token lives in a session"));
		assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
	}

	@Test
	void an_anonymous_401_creates_no_session() {
		for (String path : List.of("/engine-rest/task", "/api/applications", "/camunda/api/engine/engine/default/task",
				"/actuator/metrics")) {
			var response = api.get(path);

			assertThat(response.status()).as(path).isEqualTo(401);
			assertThat(response.raw().headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	@Test
	void pages_a_browser_opens_never_ask_for_a_password_while_the_apis_do() {
		assertThat(api.get("/camunda-welcome").header("WWW-Authenticate")).isNull();
		assertThat(api.get("/dev/mailbox").header("WWW-Authenticate")).isNull();
		assertThat(api.get("/api/applications").header("WWW-Authenticate")).startsWith("Basic");
	}

}
