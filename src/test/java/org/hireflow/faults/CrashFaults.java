package org.hireflow.faults;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

import org.hireflow.faults.Applicants.Answer;
import org.hireflow.faults.Applicants.Submission;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service SIGKILLed in the middle of a burst of applications from concurrent clients,
 * then started again: nothing that was acknowledged is lost, nothing is stored twice, and
 * each candidate's acknowledgement is handed to SMTP with one Message-ID.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashFaults {

	static final int BURST = Integer.getInteger("faults.burst", 2000);

	static final int CLIENTS = 16;

	/** The share of the burst acknowledged when the node is killed. */
	static final double KILL_AT = 0.4;

	FaultRig rig;

	ServiceNode node;

	Applicants applicants;

	@BeforeAll
	void start() throws Exception {
		rig = FaultRig.start("crash");
		node = rig.node("node-1", Map.of()).start();
		applicants = new Applicants(rig.jdbc());
	}

	@AfterAll
	void stop() throws Exception {
		rig.close();
	}

	@Test
	@Timeout(value = 15, unit = TimeUnit.MINUTES)
	void a_node_killed_mid_burst_loses_no_application_stores_none_twice_and_acknowledges_each_once() throws Exception {
		List<Submission> burst = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			burst.add(applicants.submission(String.format("crash-%05d@example.org", i)));
		}
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		Queue<Submission> unanswered = new ConcurrentLinkedQueue<>();
		Queue<Submission> notSent = new ConcurrentLinkedQueue<>();
		Queue<Answer> refused = new ConcurrentLinkedQueue<>();
		AtomicBoolean killed = new AtomicBoolean();
		AtomicInteger acknowledgedBeforeKill = new AtomicInteger();
		int killPoint = (int) (BURST * KILL_AT);

		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		Instant burstStart = Instant.now();
		for (Submission submission : burst) {
			clients.execute(() -> {
				if (killed.get()) {
					notSent.add(submission);
					return;
				}
				try {
					Answer answer = applicants.send(node.base(), submission);
					if (answer.status() == 201) {
						acknowledged.put(submission.email(), answer.reference());
						if (acknowledged.size() >= killPoint && killed.compareAndSet(false, true)) {
							acknowledgedBeforeKill.set(acknowledged.size());
							killNode();
						}
					}
					else {
						refused.add(answer);
					}
				}
				catch (IOException noAnswer) {
					unanswered.add(submission);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}
		clients.shutdown();
		assertThat(clients.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
		Duration burstTime = Duration.between(burstStart, Instant.now());
		assertThat(killed).as("the node was killed mid-burst").isTrue();
		assertThat(refused).as("nothing refused before the kill").isEmpty();

		Instant restart = Instant.now();
		node.start();
		Duration restartTime = Duration.between(restart, Instant.now());
		// the clients that got no answer send the same application again, with the same
		// key
		int replayed = 0;
		int retriedFresh = 0;
		for (Submission submission : unanswered) {
			Answer answer = applicants.send(node.base(), submission);
			assertThat(answer.status()).as("a retry of %s", submission.email()).isEqualTo(201);
			acknowledged.put(submission.email(), answer.reference());
			if (rig.jdbc()
				.queryForObject("select count(*) from application where reference = ? and submitted_at < ?",
						Integer.class, answer.reference(), java.sql.Timestamp.from(restart)) > 0) {
				replayed++;
			}
			else {
				retriedFresh++;
			}
		}
		for (Submission submission : notSent) {
			Answer answer = applicants.send(node.base(), submission);
			assertThat(answer.status()).isEqualTo(201);
			acknowledged.put(submission.email(), answer.reference());
		}
		assertThat(acknowledged).hasSize(BURST);

		awaitEveryAcknowledgementEmail(Duration.ofMinutes(5));
		JdbcTemplate jdbc = rig.jdbc();
		FaultRig.awaitNoDueJobs(jdbc, Duration.ofMinutes(3));
		Set<String> stored = new HashSet<>(jdbc.queryForList(
				"select a.reference from application a join candidate c on c.id = a.candidate_id where c.email like 'crash-%'",
				String.class));
		long lost = acknowledged.values().stream().filter(reference -> !stored.contains(reference)).count();
		int applications = jdbc.queryForObject(
				"select count(*) from application a join candidate c on c.id = a.candidate_id where c.email like 'crash-%'",
				Integer.class);
		int processes = jdbc.queryForObject("""
				select count(distinct e.proc_inst_id_) from act_ru_execution e
				join act_re_procdef d on d.id_ = e.proc_def_id_
				where d.key_ = 'application' and e.id_ = e.proc_inst_id_
				and e.business_key_ in (select a.reference from application a
				  join candidate c on c.id = a.candidate_id where c.email like 'crash-%')""", Integer.class);
		List<Map<String, Object>> waitStates = jdbc.queryForList("""
				select e.act_id_ as activity, count(distinct e.proc_inst_id_) as processes from act_ru_execution e
				join act_re_procdef d on d.id_ = e.proc_def_id_
				where d.key_ = 'application' and e.act_id_ is not null group by e.act_id_""");
		int incidents = jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class);
		Map<String, List<SmtpSink.Received>> emails = rig.smtp.byRecipient();
		long twoMessageIds = emails.entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith("crash-"))
			.filter(entry -> entry.getValue().stream().map(SmtpSink.Received::messageId).distinct().count() > 1)
			.count();
		long handedOverAgain = emails.entrySet()
			.stream()
			.filter(entry -> entry.getKey().startsWith("crash-"))
			.mapToLong(entry -> entry.getValue().size() - 1)
			.sum();

		System.out.printf(
				"FAULTS crash: burst=%d clients=%d burstTime=%ds killedAfter=%d acknowledged unanswered=%d "
						+ "(replayed=%d, fresh=%d) notSentBeforeKill=%d restart=%ds | stored=%d lost=%d duplicates=%d "
						+ "processes=%d waitStates=%s incidents=%d | emails: recipients=%d twoMessageIds=%d "
						+ "handedOverAgain=%d%n",
				BURST, CLIENTS, burstTime.toSeconds(), acknowledgedBeforeKill.get(), unanswered.size(), replayed,
				retriedFresh, notSent.size(), restartTime.toSeconds(), applications, lost, applications - BURST,
				processes, waitStates, incidents, emails.keySet().stream().filter(r -> r.startsWith("crash-")).count(),
				twoMessageIds, handedOverAgain);
		assertThat(lost).as("acknowledged applications lost").isZero();
		assertThat(applications).as("applications stored (no duplicates)").isEqualTo(BURST);
		assertThat(processes).as("one application process each").isEqualTo(BURST);
		assertThat(waitStates).as("every process at the same wait state(s)")
			.isNotEmpty()
			.allSatisfy(row -> assertThat(((Number) row.get("processes")).intValue()).isEqualTo(BURST));
		assertThat(incidents).as("incidents").isZero();
		assertThat(twoMessageIds).as("candidates sent two different acknowledgements").isZero();
	}

	private void killNode() {
		try {
			node.kill();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void awaitEveryAcknowledgementEmail(Duration patience) throws InterruptedException {
		Instant deadline = Instant.now().plus(patience);
		long recipients = 0;
		while (Instant.now().isBefore(deadline)) {
			recipients = rig.smtp.byRecipient().keySet().stream().filter(r -> r.startsWith("crash-")).count();
			if (recipients >= BURST) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("acknowledgements received for " + recipients + " of " + BURST + " candidates");
	}

}
