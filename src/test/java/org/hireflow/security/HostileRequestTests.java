package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.testing.hostile.HostileRequests;
import org.hireflow.testing.hostile.HostileRequests.Request;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Generated hostile requests against every public and staff endpoint — at least 10,000 in
 * every build (more with {@code -Dhireflow.hostile.requests=…}; the seed is logged and
 * can be given back with {@code -Dhireflow.hostile.seed=…}). Asserted: no answer is a
 * 5xx, every request that would change something is refused with a 4xx, and nothing a
 * refused request sent is stored.
 */
@IntegrationTest
class HostileRequestTests {

	private static final Logger log = LoggerFactory.getLogger(HostileRequestTests.class);

	/**
	 * The service's own tables that a submission, a draft or an action could write to.
	 */
	private static final List<String> TABLES = List.of("candidate", "application", "application_cv",
			"application_event", "intake_idempotency_key", "vacancy", "vacancy_event", "outbox_message", "interview",
			"offer", "decision");

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	IdentityService identity;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void ten_thousand_generated_hostile_requests_get_no_5xx_and_store_nothing() throws Exception {
		TestUsers.ensure(identity, "hostileHr", Roles.GROUP_HR);
		TestUsers.ensure(identity, "hostileAdmin", Roles.GROUP_ADMIN);
		TestUsers.ensure(identity, "hostileRita", Roles.GROUP_RECRUITERS);
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, "hostileRita", List.of("paul", "petra", "pedro"), "paul"));
		HostileRequests requests = new HostileRequests(vacancy.getReference(), Fixtures.application("x@example.org"),
				Fixtures.vacancyRequest(clock, 1), "hostileHr", "hostileAdmin", "hostileRita");
		int count = Integer.getInteger("hireflow.hostile.requests", 10_000);
		long seed = Long.getLong("hireflow.hostile.seed", new Random().nextLong());
		log.info("{} hostile requests, seed {} (-Dhireflow.hostile.seed={} to repeat)", count, seed, seed);
		Map<String, Long> before = rowCounts();

		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		Map<String, AtomicInteger> kinds = new ConcurrentHashMap<>();
		AtomicInteger sent = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(4);
		// jqwik's generators outside a property run in a seeded session of their own (one
		// thread generates, four send)
		JqwikSession.start(String.valueOf(seed));
		try {
			RandomGenerator<Request> generator = requests.all().generator(1000);
			Random random = JqwikSession.getRandom().orElseThrow();
			for (int batch = 0; batch < count; batch += 100) {
				List<Callable<Void>> sends = new ArrayList<>();
				for (int i = batch; i < Math.min(count, batch + 100); i++) {
					Request request = generator.next(random).value();
					sends.add(() -> {
						int status = send(request);
						sent.incrementAndGet();
						kinds.computeIfAbsent(request.kind(), k -> new AtomicInteger()).incrementAndGet();
						// a hostile query may still find nothing (200); a hostile change
						// must be refused (4xx)
						boolean read = request.method().equals("GET") || request.kind().equals("engine-query");
						if (status >= 500 || (status < 400 && !read)) {
							failures.add(status + " " + request);
						}
						return null;
					});
				}
				for (Future<Void> done : clients.invokeAll(sends)) {
					done.get();
				}
			}
		}
		finally {
			JqwikSession.finish();
			clients.shutdown();
		}
		log.info("hostile requests by kind: {}", kinds);

		assertThat(sent.get()).isEqualTo(count);
		assertThat(failures).as("answers that are not a 4xx refusal (seed %d)", seed).isEmpty();
		assertThat(rowCounts()).as("rows stored by refused requests").isEqualTo(before);
	}

	private int send(Request request) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
			.timeout(Duration.ofSeconds(60))
			.method(request.method(),
					request.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(request.body()));
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		if (request.user() != null) {
			builder.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((request.user() + ":" + request.user()).getBytes(StandardCharsets.UTF_8)));
		}
		request.headers().forEach(builder::header);
		try {
			return http.send(builder.build(), BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			// the server closing on an oversized body it refused is an answer too;
			// anything else is not
			return ex.getMessage() != null && ex.getMessage().contains("reset") ? 413 : 599;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 599;
		}
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

}
