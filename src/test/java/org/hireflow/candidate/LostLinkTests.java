package org.hireflow.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hireflow.testing.Api;
import org.hireflow.testing.Browser;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "I lost my link" tells a stranger nothing: the same answer for a known and an unknown
 * address (the lookup and the email happen after the response), and a limit per address
 * and per client (429).
 */
@IntegrationTest
class LostLinkTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	TestClock clock;

	@Test
	void a_known_and_an_unknown_address_get_the_same_page() {
		Vacancy vacancy = pipeline.openVacancy(1);
		String known = pipeline.application(pipeline.apply(vacancy)).getCandidate().getEmail();
		Browser browser = new Browser(port).from(newClient());

		browser.open("/status/lost");
		var forKnown = browser.submit("/status/lost", Map.of("email", known));
		browser.open("/status/lost");
		var forUnknown = browser.submit("/status/lost", Map.of("email", "nobody-" + known));

		assertThat(forKnown.status()).isEqualTo(forUnknown.status()).isEqualTo(200);
		assertThat(withoutCsrf(forKnown.text())).isEqualTo(withoutCsrf(forUnknown.text()));
	}

	@Test
	void the_sixth_request_for_one_address_within_ten_minutes_gets_429() {
		String email = Fixtures.uniqueEmail();
		for (int i = 0; i < 5; i++) {
			assertThat(ask(new Browser(port).from(newClient()), email).status()).isEqualTo(200);
		}

		var page = ask(new Browser(port).from(newClient()), email);

		assertThat(page.status()).isEqualTo(429);
		assertThat(page.text()).contains("Too many requests");
	}

	@Test
	void the_twenty_first_request_from_one_client_gets_a_429_problem() {
		Browser browser = new Browser(port).from(newClient());
		for (int i = 0; i < 20; i++) {
			assertThat(ask(browser, Fixtures.uniqueEmail()).status()).isEqualTo(200);
		}

		var page = ask(browser, Fixtures.uniqueEmail());
		browser.open("/status/lost");
		var problem = browser.submit("/status/lost", Map.of("email", Fixtures.uniqueEmail()), "application/json");

		assertThat(page.status()).isEqualTo(429);
		assertThat(problem.status()).isEqualTo(429);
		assertThat(problem.problemType()).isEqualTo("too-many-requests");
	}

	private static Api.Response ask(Browser browser, String email) {
		browser.open("/status/lost");
		return browser.submit("/status/lost", Map.of("email", email));
	}

	private static String withoutCsrf(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

	/** A client address no other test of this class used (a random one collided). */
	private static String newClient() {
		int n = CLIENTS.incrementAndGet();
		return "192.0.%d.%d".formatted(2 + n / 250, n % 250 + 1);
	}

}
