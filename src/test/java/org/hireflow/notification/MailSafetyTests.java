package org.hireflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Mailbox;
import org.hireflow.testing.Pipeline;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** What a candidate types cannot become markup in an email, nor a header. */
@IntegrationTest
class MailSafetyTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcTemplate jdbc;

	Mailbox mailbox;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		mailbox = new Mailbox(smtp);
		vacancy = pipeline.openVacancy(1);
	}

	@Test
	void a_name_made_of_markup_is_shown_as_text() {
		String email = Fixtures.uniqueEmail();
		Map<String, Object> application = Fixtures.application(email);
		application.put("givenName", "<script>alert('x')</script>");
		application.put("familyName", "<img src=x onerror=alert(1)>");
		assertThat(new Api(port).postJson(Fixtures.applicationsPath(vacancy.getReference()), application).status())
			.isEqualTo(201);

		dispatcher.dispatchDue();

		MimeMessage received = mailbox.to(email).get(0);
		assertThat(Mailbox.html(received)).doesNotContain("<script>")
			.doesNotContain("<img src=x")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(1)&gt;");
		assertThat(Mailbox.text(received)).contains("<script>alert('x')</script>");
	}

	@Test
	void a_name_with_line_breaks_adds_no_header() throws Exception {
		String reference = pipeline.apply(vacancy);
		long candidate = pipeline.application(reference).getCandidate().getId();
		// intake refuses control characters; this is data that got in another way (an
		// import, an old system)
		jdbc.update("update candidate set given_name = ?, family_name = ? where id = ?",
				"Eve\r\nBcc: victim@evil.example\r\n", "Durand\nX-Injected: yes", candidate);
		String email = pipeline.application(reference).getCandidate().getEmail();
		dispatcher.dispatchDue();
		mailbox.clear();

		pipeline.withdraw(reference);
		dispatcher.dispatchDue();

		MimeMessage received = mailbox.to(email).get(0);
		assertThat(received.getHeader("Bcc")).isNull();
		assertThat(received.getHeader("X-Injected")).isNull();
		assertThat(received.getRecipients(Message.RecipientType.TO)).hasSize(1);
		assertThat(received.getRecipients(Message.RecipientType.BCC)).isNull();
		assertThat(mailbox.all()).hasSize(1);
		assertThat(jakarta.mail.internet.MimeUtility.unfold(received.getHeader("To")[0])).doesNotContain("\n")
			.contains(email);
	}

}
