package org.hireflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.hireflow.testing.Api;
import org.hireflow.testing.DatabaseHeavy;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One Idempotency-Key maps to exactly one request, the first writer wins, under real
 * concurrency: fifty submissions released at the same instant.
 */
@DatabaseHeavy
@IntegrationTest
class IdempotencyRaceTests {

	static final int CLIENTS = 50;

	@LocalServerPort
	int port;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		vacancy = Fixtures.publishedVacancy(vacancies, clock);
	}

	@Test
	void fifty_different_bodies_with_one_key_make_one_application_and_forty_nine_refusals() throws Exception {
		String key = "race-" + UUID.randomUUID();
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			emails.add(Fixtures.uniqueEmail());
		}

		List<Api.Response> answers = race(i -> Fixtures.application(emails.get(i)), key);

		assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
		assertThat(answers).filteredOn(r -> r.status() == 422).hasSize(CLIENTS - 1);
		assertThat(applicationsOf(emails)).isEqualTo(1);
		Api.Response winner = answers.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
		String winnersEmail = jdbc.queryForObject(
				"select c.email from application a join candidate c on c.id = a.candidate_id where a.reference = ?",
				String.class, winner.json().path("reference").asText());
		// the winner's honest retry is answered with its own application
		var retry = new Api(port).header("Idempotency-Key", key)
			.postJson(Fixtures.applicationsPath(vacancy.getReference()), Fixtures.application(winnersEmail));
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.json().path("reference").asText()).isEqualTo(winner.json().path("reference").asText());
	}

	@Test
	void fifty_retries_of_one_body_make_one_application_and_replay_it() throws Exception {
		String key = "retry-" + UUID.randomUUID();
		String email = Fixtures.uniqueEmail();
		String body = Api.toJson(Fixtures.application(email));

		List<Api.Response> answers = race(i -> body, key);

		assertThat(answers).extracting(Api.Response::status).containsOnly(201);
		assertThat(answers).extracting(r -> r.json().path("reference").asText())
			.containsOnly(answers.get(0).json().path("reference").asText());
		assertThat(answers).filteredOn(r -> "true".equals(r.header("Idempotent-Replayed"))).hasSize(CLIENTS - 1);
		assertThat(applicationsOf(List.of(email))).isEqualTo(1);
	}

	private List<Api.Response> race(IntFunction<Object> body, String key) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<Api.Response>> sent = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				Object json = body.apply(i);
				Callable<Api.Response> submit = () -> {
					start.await();
					return new Api(port).header("Idempotency-Key", key)
						.postJson(Fixtures.applicationsPath(vacancy.getReference()), json);
				};
				sent.add(clients.submit(submit));
			}
			start.countDown();
			List<Api.Response> answers = new ArrayList<>();
			for (Future<Api.Response> answer : sent) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			clients.shutdown();
		}
	}

	private int applicationsOf(List<String> emails) {
		return jdbc.queryForObject(
				"select count(*) from application a join candidate c on c.id = a.candidate_id where c.email = any (?)",
				Integer.class, (Object) emails.toArray(String[]::new));
	}

}
