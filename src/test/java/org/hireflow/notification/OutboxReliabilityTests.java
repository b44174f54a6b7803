package org.hireflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Mailbox;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing lost, nothing twice: the outbox through an SMTP outage, and what operators see
 * when it lasts.
 */
@IntegrationTest
class OutboxReliabilityTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	GreenMail smtp;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Autowired
	MailSettings settings;

	@Autowired
	MeterRegistry meters;

	Mailbox mailbox;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		mailbox = new Mailbox(smtp);
		vacancy = pipeline.openVacancy(1);
		settle();
	}

	@AfterEach
	void restore() {
		if (!smtp.isRunning()) {
			smtp.start();
		}
		clock.reset();
		settle();
	}

	/** Sends what earlier tests left due; each test counts only its own messages. */
	void settle() {
		dispatcher.dispatchDue();
		mailbox.clear();
	}

	@Test
	void applications_taken_while_smtp_is_down_are_all_emailed_exactly_once_when_it_is_back() {
		smtp.stop();
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String reference = pipeline.apply(vacancy);
			emails.add(pipeline.application(reference).getCandidate().getEmail());
		}
		assertThat(dispatcher.dispatchDue()).isZero();
		assertThat(pendingAfterOneAttempt(emails)).isEqualTo(5);

		smtp.start();
		dispatcher.dispatchDue();
		assertThat(pendingAfterOneAttempt(emails)).as("not before the backoff has passed").isEqualTo(5);
		clock.advance(Duration.ofMinutes(1));
		dispatcher.dispatchDue();
		dispatcher.dispatchDue();

		for (String email : emails) {
			assertThat(mailbox.to(email)).as(email).hasSize(1);
		}
		assertThat(pendingAfterOneAttempt(emails)).isZero();
	}

	@Test
	void a_message_that_keeps_failing_is_listed_for_operators_and_can_be_retried_with_the_same_message_id() {
		TestUsers.ensure(identity, "hana", Roles.GROUP_HR);
		smtp.stop();
		String reference = pipeline.apply(vacancy);
		for (int attempt = 0; attempt < settings.maxAttempts(); attempt++) {
			dispatcher.dispatchDue();
			clock.advance(Duration.ofHours(2));
		}
		var failed = new Api(port).as("hana").get("/api/outbox?status=FAILED&size=100").json().path("content");
		var message = java.util.stream.StreamSupport.stream(failed.spliterator(), false)
			.filter(m -> m.path("recipient").asText().equals(pipeline.application(reference).getCandidate().getEmail()))
			.findFirst()
			.orElseThrow();
		assertThat(message.path("attempts").asInt()).isEqualTo(settings.maxAttempts());
		assertThat(message.path("lastError").asText()).isNotBlank();

		smtp.start();
		var retried = new Api(port).as("hana").postJson("/api/outbox/" + message.path("id").asLong() + "/retry", "");
		assertThat(retried.status()).isEqualTo(200);
		dispatcher.dispatchDue();

		var received = mailbox.to(pipeline.application(reference).getCandidate().getEmail());
		assertThat(received).hasSize(1);
		assertThat(CandidateEmailTests.header(received.get(0), "Message-ID"))
			.isEqualTo(message.path("messageId").asText());
		assertThat(CandidateEmailTests.header(received.get(0), SmtpSender.OUTBOX_ID_HEADER))
			.as("names its outbox row, as the dev mailbox does")
			.isEqualTo(message.path("id").asText());
	}

	@Test
	void an_smtp_outage_leaves_the_service_healthy_and_shows_as_an_outbox_backlog() {
		double before = outboxGauge("pending");
		smtp.stop();
		pipeline.apply(vacancy);
		pipeline.apply(vacancy);
		dispatcher.dispatchDue();

		assertThat(new Api(port).get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
		assertThat(outboxGauge("pending")).isEqualTo(before + 2);
		jdbc.update(
				"update outbox_message set created_at = created_at - interval '10 minutes' where status = 'PENDING'");
		assertThat(meters.get("hireflow.outbox.oldest.age").gauge().value()).as("seconds the oldest has waited")
			.isGreaterThanOrEqualTo(600);

		smtp.start();
		clock.advance(Duration.ofMinutes(1));
		dispatcher.dispatchDue();
		assertThat(outboxGauge("pending")).isLessThanOrEqualTo(before);
	}

	private int pendingAfterOneAttempt(List<String> emails) {
		return jdbc.queryForObject(
				"select count(*) from outbox_message where status = 'PENDING' and attempts = 1 and recipient = any (?)",
				Integer.class, (Object) emails.toArray(String[]::new));
	}

	double outboxGauge(String status) {
		return meters.get("hireflow.outbox.messages").tag("status", status).gauge().value();
	}

	@Test
	void the_outbox_is_for_operators_only() {
		TestUsers.ensure(identity, "rita", Roles.GROUP_RECRUITERS);

		assertThat(new Api(port).get("/api/outbox").status()).isEqualTo(401);
		assertThat(new Api(port).as("rita").get("/api/outbox").status()).isEqualTo(403);
	}

}
