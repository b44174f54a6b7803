package org.hireflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The production setting: emails are composed on threads of their own after the change
 * commits. A candidate's 201 never waits for the email, and a small connection pool is
 * never exhausted by requests holding one connection while waiting for another.
 */
@IntegrationTest
@TestPropertySource(properties = { "hireflow.mail.compose-threads=2", "spring.datasource.hikari.maximum-pool-size=4",
		"spring.datasource.hikari.connection-timeout=3000",
		// a context of its own: its engine must not take the name "default", which the
		// shared context's engine REST resolves
		"camunda.bpm.process-engine-name=asyncComposition" })
class AsyncCompositionTests {

	@LocalServerPort
	int port;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier(MailComposition.EXECUTOR)
	TaskExecutor composition;

	@Test
	void an_application_is_taken_while_its_email_waits_and_the_email_follows() throws Exception {
		Vacancy vacancy = Fixtures.publishedVacancy(vacancies, clock);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch busy = new CountDownLatch(2);
		for (int i = 0; i < 2; i++) {
			composition.execute(() -> {
				busy.countDown();
				hold(held);
			});
		}
		assertThat(busy.await(10, TimeUnit.SECONDS)).as("both composing threads taken").isTrue();

		var receipt = new Api(port).postJson(Fixtures.applicationsPath(vacancy.getReference()),
				Fixtures.application(Fixtures.uniqueEmail()));
		String reference = receipt.json().path("reference").asText();

		assertThat(receipt.status()).isEqualTo(201);
		assertThat(acknowledgements(reference)).as("not composed yet").isZero();
		held.countDown();
		await().atMost(Duration.ofSeconds(30)).until(() -> acknowledgements(reference) == 1);
	}

	@Test
	void twelve_candidates_at_once_on_four_connections_are_all_taken_and_all_acknowledged() {
		Vacancy vacancy = Fixtures.publishedVacancy(vacancies, clock);
		ExecutorService candidates = Executors.newFixedThreadPool(12);
		List<CompletableFuture<Api.Response>> sent = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			sent.add(CompletableFuture
				.supplyAsync(() -> new Api(port).postJson(Fixtures.applicationsPath(vacancy.getReference()),
						Fixtures.application(Fixtures.uniqueEmail())), candidates));
		}
		List<Api.Response> receipts = sent.stream().map(CompletableFuture::join).toList();
		candidates.shutdown();

		assertThat(receipts).extracting(Api.Response::status).containsOnly(201);
		for (Api.Response receipt : receipts) {
			String reference = receipt.json().path("reference").asText();
			await().atMost(Duration.ofSeconds(30)).until(() -> acknowledgements(reference) == 1);
		}
	}

	private int acknowledgements(String reference) {
		return jdbc.queryForObject("""
				select count(*) from outbox_message m join application a on m.application_id = a.id
				where a.reference = ? and m.kind = 'received'""", Integer.class, reference);
	}

	private static void hold(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
