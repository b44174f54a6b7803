package org.hireflow.faults;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import org.hireflow.faults.Applicants.Answer;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped for about 30 s under a steady stream of applications, then started
 * again: meanwhile the service answers quickly with a 503 problem (no pile-up of threads
 * waiting for connections), its health goes DOWN and comes back UP, and afterwards it
 * works without a restart — every acknowledged application stored and acknowledged by
 * email, nothing half-stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageFaults {

	static final Duration OUTAGE = Duration.ofSeconds(30);

	static final int CLIENTS = 4;

	/** Hikari's connection timeout (5 s) and the request's own work, with room. */
	static final long QUICK_MILLIS = 8_000;

	FaultRig rig;

	ServiceNode node;

	Applicants applicants;

	final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

	@BeforeAll
	void start() throws Exception {
		rig = FaultRig.start("database-outage");
		node = rig.node("node-1", Map.of()).start();
		applicants = new Applicants(rig.jdbc());
	}

	@AfterAll
	void stop() throws Exception {
		rig.close();
	}

	record Sent(String email, Answer answer, String phase) {
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void a_database_outage_is_answered_503_quickly_and_the_service_recovers_by_itself() throws Exception {
		AtomicReference<String> phase = new AtomicReference<>("before");
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger counter = new AtomicInteger();
		Queue<Sent> sent = new ConcurrentLinkedQueue<>();
		Queue<String> noAnswer = new ConcurrentLinkedQueue<>();
		Queue<String> health = new ConcurrentLinkedQueue<>();
		ExecutorService load = Executors.newFixedThreadPool(CLIENTS + 1);
		for (int client = 0; client < CLIENTS; client++) {
			load.execute(() -> {
				while (running.get()) {
					String email = String.format("outage-%05d@example.org", counter.incrementAndGet());
					String during = phase.get();
					try {
						sent.add(new Sent(email, applicants.send(node.base(), applicants.submission(email)), during));
					}
					catch (IOException ex) {
						noAnswer.add(email + " (" + during + "): " + ex);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					FaultRig.pause(100);
				}
			});
		}
		Queue<String> staff = new ConcurrentLinkedQueue<>();
		load.execute(() -> {
			while (running.get()) {
				String during = phase.get();
				health.add(during + ":" + node.health());
				staff.add(during + ":" + staffCall());
				FaultRig.pause(1000);
			}
		});

		Thread.sleep(10_000);
		phase.set("outage");
		Instant stopped = Instant.now();
		rig.stopDatabase();
		Thread.sleep(OUTAGE.toMillis());
		phase.set("after");
		rig.startDatabase();
		Instant restarted = Instant.now();
		node.awaitHealth(200, Duration.ofMinutes(2));
		Duration healthBack = Duration.between(restarted, Instant.now());
		Thread.sleep(15_000);
		running.set(false);
		load.shutdown();
		assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

		List<Sent> duringOutage = sent.stream().filter(s -> s.phase().equals("outage")).toList();
		List<Sent> acknowledged = sent.stream().filter(s -> s.answer().status() == 201).toList();
		long after = sent.stream().filter(s -> s.phase().equals("after") && s.answer().status() == 201).count();
		long slowest = duringOutage.stream().mapToLong(s -> s.answer().millis()).max().orElse(0);
		JdbcTemplate jdbc = rig.jdbc();
		FaultRig.awaitNoDueJobs(jdbc, Duration.ofMinutes(3));
		awaitAcknowledgements(acknowledged, Duration.ofMinutes(3));
		Set<String> stored = new HashSet<>(jdbc.queryForList(
				"select c.email from application a join candidate c on c.id = a.candidate_id where c.email like 'outage-%'",
				String.class));
		Set<String> acknowledgedEmails = new HashSet<>(acknowledged.stream().map(Sent::email).toList());
		Set<String> lost = new HashSet<>(acknowledgedEmails);
		lost.removeAll(stored);
		Set<String> halfStored = new HashSet<>(stored);
		halfStored.removeAll(acknowledgedEmails);
		int withoutProcess = jdbc.queryForObject("""
				select count(*) from application a join candidate c on c.id = a.candidate_id
				where c.email like 'outage-%' and not exists (select 1 from act_ru_execution e
				  where e.business_key_ = a.reference and e.id_ = e.proc_inst_id_)""", Integer.class);

		System.out.printf("FAULTS database outage: outage=%ds clients=%d | during: answers=%d statuses=%s slowest=%dms "
				+ "noAnswer=%d | health=%s back UP %ds after restart | staff=%s | acknowledged=%d (after: %d) stored=%d "
				+ "lost=%d halfStored=%d withoutProcess=%d%n", Duration.between(stopped, restarted).toSeconds(),
				CLIENTS, duringOutage.size(),
				duringOutage.stream().map(s -> s.answer().status()).distinct().sorted().toList(), slowest,
				noAnswer.size(), compress(health), healthBack.toSeconds(), compress(staff), acknowledged.size(), after,
				stored.size(), lost.size(), halfStored.size(), withoutProcess);
		assertThat(duringOutage).as("requests during the outage").isNotEmpty();
		assertThat(duringOutage).as("answered 503 problem details during the outage, or taken before it bit")
			.allSatisfy(s -> {
				if (s.answer().status() != 201) {
					assertThat(s.answer().status()).isEqualTo(503);
					assertThat(s.answer().contentType()).startsWith("application/problem+json");
					assertThat(s.answer().problemType()).endsWith("/service-unavailable");
				}
			});
		assertThat(duringOutage).as("503s during the outage").anyMatch(s -> s.answer().status() == 503);
		assertThat(slowest).as("the slowest answer during the outage (ms)").isLessThan(QUICK_MILLIS);
		assertThat(noAnswer).as("requests that got no answer at all").isEmpty();
		assertThat(health).as("health DOWN during the outage").contains("outage:503");
		assertThat(staff)
			.as("a staff member's API call (HTTP Basic, checked against the engine's users) during the outage")
			.filteredOn(sample -> sample.startsWith("outage:"))
			.isNotEmpty()
			.allMatch(sample -> sample.equals("outage:503") || sample.equals("outage:200"));
		assertThat(after).as("applications taken after the database came back, without a restart").isPositive();
		assertThat(lost).as("acknowledged applications lost").isEmpty();
		assertThat(halfStored).as("applications stored though refused").isEmpty();
		assertThat(withoutProcess).as("applications without their process").isZero();
	}

	/** A staff member's API call: the status, or -1 when nothing answered. */
	private int staffCall() {
		try {
			return http
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.base() + "/api/applications"))
					.timeout(Duration.ofSeconds(30))
					.header("Authorization",
							"Basic " + java.util.Base64.getEncoder().encodeToString("hana:hana".getBytes()))
					.header("Accept", "application/json")
					.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private void awaitAcknowledgements(List<Sent> acknowledged, Duration patience) throws InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		Set<String> missing = Set.of();
		while (Instant.now().isBefore(deadline)) {
			Set<String> received = rig.smtp.byRecipient().keySet();
			missing = new HashSet<>(acknowledged.stream().map(Sent::email).toList());
			missing.removeAll(received);
			if (missing.isEmpty()) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("no acknowledgement email for " + missing.size() + " acknowledged applications");
	}

	/** "before:200 ×10, outage:503 ×30, …" */
	private static String compress(Queue<String> samples) {
		StringBuilder out = new StringBuilder();
		String last = null;
		int count = 0;
		for (String sample : samples) {
			if (sample.equals(last)) {
				count++;
				continue;
			}
			if (last != null) {
				out.append(last).append(" x").append(count).append(", ");
			}
			last = sample;
			count = 1;
		}
		return out.append(last).append(" x").append(count).toString();
	}

}
