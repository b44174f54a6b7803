package org.hireflow.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import org.hireflow.faults.Applicants.Answer;
import org.hireflow.faults.Applicants.Submission;
import org.hireflow.testing.WebappSession;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service processes on one PostgreSQL behind HAProxy (Camunda's cluster mode: every
 * node's job executor takes jobs from the shared tables, deployment-aware execution off),
 * one of them SIGKILLed under load: every job and timer runs once, every email is sent
 * once, the dead node's locked jobs are taken over after the lock time, and a Tasklist
 * user's session (in the database) carries on through the surviving node.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesFaults {

	static final int BATCH = Integer.getInteger("faults.batch", 300);

	static final int CLIENTS = 16;

	FaultRig rig;

	ServiceNode first;

	ServiceNode second;

	LoadBalancer balancer;

	Applicants applicants;

	int counter;

	@BeforeAll
	void start() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(LoadBalancer.HAPROXY) || System.getenv("CI") != null,
				"needs Debian's haproxy (apt-get install haproxy; .ci/run installs it)");
		rig = FaultRig.start("two-nodes");
		first = rig.node("node-1", Map.of()).start();
		second = rig.node("node-2", Map.of()).start();
		balancer = new LoadBalancer(rig.directory, List.of(first, second));
		balancer.awaitHealthy(Duration.ofSeconds(30));
		applicants = new Applicants(rig.jdbc());
	}

	@AfterAll
	void stop() throws Exception {
		if (balancer != null) {
			balancer.close();
		}
		if (rig != null) {
			rig.close();
		}
	}

	@Test
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void two_nodes_run_each_job_once_send_each_email_once_and_survive_one_of_them_killed() throws Exception {
		// throughput: one node on its own, then both behind the balancer
		double one = rate(burst(first.base(), BATCH, null));
		double both = rate(burst(balancer.base(), BATCH, null));

		// a Tasklist user signs in through the balancer: every other request reaches the
		// other node
		WebappSession tasklist = WebappSession.login(balancer.port, "rita", "tasklist");
		List<Integer> beforeKill = taskCounts(tasklist);

		// the screening reminders of 100 applications fall due at once: both nodes'
		// executors compete for them
		int timers = rig.jdbc().update("""
				update act_ru_job set duedate_ = now() where id_ in (select id_ from act_ru_job
				  where handler_type_ = 'timer-transition' order by id_ limit 100)""");

		// a burst through the balancer; node-2 is SIGKILLed a third of the way in
		Burst killed = burst(balancer.base(), BATCH, () -> {
			try {
				second.kill();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		List<Integer> afterKill = taskCounts(tasklist);

		JdbcTemplate jdbc = rig.jdbc();
		int applications = 3 * BATCH;
		awaitAcknowledgements(applications, Duration.ofMinutes(4));
		FaultRig.awaitNoDueJobs(jdbc, Duration.ofMinutes(4));
		int stored = jdbc.queryForObject(
				"select count(*) from application a join candidate c on c.id = a.candidate_id where c.email like 'two-%'",
				Integer.class);
		List<String> jobsRunTwice = jdbc.queryForList("""
				select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1""",
				String.class);
		int timersRun = jdbc.queryForObject("""
				select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ = 'timer-transition'""",
				Integer.class);
		List<Map<String, Object>> transitionsTwice = jdbc.queryForList("""
				select application_id, to_status, count(*) from application_event
				group by application_id, to_status having count(*) > 1""");
		int incidents = jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class);
		List<SmtpSink.Received> emails = rig.smtp.received();
		// a node killed after the SMTP server took a group and before it recorded them as
		// sent leaves them to the
		// other node, which hands them over again with the same Message-ID (at-least-once
		// at the hand-over)
		long handedOverAgain = emails.size() - emails.stream().map(SmtpSink.Received::messageId).distinct().count();
		long outboxWithTwoMessageIds = emails.stream()
			.collect(java.util.stream.Collectors.groupingBy(SmtpSink.Received::outboxId,
					java.util.stream.Collectors.mapping(SmtpSink.Received::messageId,
							java.util.stream.Collectors.toSet())))
			.values()
			.stream()
			.filter(ids -> ids.size() > 1)
			.count();
		int queued = jdbc.queryForObject("select count(*) from outbox_message", Integer.class);
		int sent = jdbc.queryForObject("select count(*) from outbox_message where status = 'SENT'", Integer.class);
		long distinctEmails = emails.stream().map(SmtpSink.Received::messageId).distinct().count();

		System.out.printf(
				"FAULTS two nodes: intake %d applications, %d clients: one node %.0f/s, two nodes behind HAProxy "
						+ "%.0f/s (ratio %.2f) | node-2 killed after %d acknowledged, %d retried by clients | "
						+ "Tasklist session: %s before, %s after the kill | timers made due=%d run=%d | stored=%d "
						+ "jobsRunTwice=%d transitionsTwice=%d incidents=%d | emails queued=%d sent=%d received=%d "
						+ "(distinct %d, handed over again with the same Message-ID %d)%n",
				BATCH, CLIENTS, one, both, both / one, killed.acknowledgedAtKill, killed.retried, beforeKill, afterKill,
				timers, timersRun, stored, jobsRunTwice.size(), transitionsTwice.size(), incidents, queued, sent,
				emails.size(), distinctEmails, handedOverAgain);
		assertThat(beforeKill).as("Tasklist through the balancer, both nodes up").containsOnly(200);
		assertThat(afterKill).as("Tasklist through the balancer, its other node killed").containsOnly(200);
		assertThat(stored).as("applications stored").isEqualTo(applications);
		assertThat(timersRun).as("timers run").isGreaterThanOrEqualTo(timers);
		assertThat(jobsRunTwice).as("jobs run twice").isEmpty();
		assertThat(transitionsTwice).as("status changes recorded twice").isEmpty();
		assertThat(incidents).as("incidents").isZero();
		assertThat(outboxWithTwoMessageIds).as("emails sent twice as different messages").isZero();
		assertThat(sent).as("every queued email sent").isEqualTo(queued);
		assertThat(distinctEmails).as("every queued email received, each once by its Message-ID").isEqualTo(queued);
	}

	/** What one burst did. */
	record Burst(List<Answer> answers, Duration took, int acknowledgedAtKill, int retried) {
	}

	/**
	 * {@code count} applications from {@link #CLIENTS} clients; when {@code kill} is
	 * given, it runs once a third are acknowledged. A client that gets no answer, or the
	 * balancer's 502/503, sends the same application again (same key) until it is taken.
	 */
	private Burst burst(String base, int count, Runnable kill) throws Exception {
		List<Submission> submissions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			submissions.add(applicants.submission(String.format("two-%05d@example.org", counter++)));
		}
		Queue<Answer> answers = new ConcurrentLinkedQueue<>();
		Map<String, Integer> retries = new ConcurrentHashMap<>();
		AtomicBoolean killed = new AtomicBoolean(kill == null);
		int[] atKill = { 0 };
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		Instant start = Instant.now();
		for (Submission submission : submissions) {
			clients.execute(() -> {
				for (int attempt = 0; attempt < 20; attempt++) {
					try {
						Answer answer = applicants.send(base, submission);
						if (answer.status() == 201) {
							answers.add(answer);
							if (answers.size() >= count / 3 && killed.compareAndSet(false, true)) {
								atKill[0] = answers.size();
								kill.run();
							}
							return;
						}
						if (answer.status() != 502 && answer.status() != 503) {
							throw new AssertionError(submission.email() + ": " + answer);
						}
					}
					catch (IOException noAnswer) {
						// cut by the kill: the same application again
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					retries.merge(submission.email(), 1, Integer::sum);
					FaultRig.pause(1000);
				}
			});
		}
		clients.shutdown();
		assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
		assertThat(answers).as("every application taken").hasSize(count);
		return new Burst(List.copyOf(answers), Duration.between(start, Instant.now()), atKill[0], retries.size());
	}

	private static double rate(Burst burst) {
		return burst.answers().size() * 1000.0 / Math.max(1, burst.took().toMillis());
	}

	private static List<Integer> taskCounts(WebappSession tasklist) {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			statuses.add(tasklist.get("/camunda/api/engine/engine/default/task/count?candidateUser=rita").status());
		}
		return statuses;
	}

	private void awaitAcknowledgements(int applications, Duration patience) throws InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		long received = 0;
		while (Instant.now().isBefore(deadline)) {
			received = rig.smtp.byRecipient().keySet().stream().filter(r -> r.startsWith("two-")).count();
			if (received >= applications) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("acknowledgements for " + received + " of " + applications + " applications");
	}

}
