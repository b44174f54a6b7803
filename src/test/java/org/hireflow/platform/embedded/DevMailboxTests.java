package org.hireflow.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;

import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The embedded run's mailbox, on a real GreenMail: newest first across recipients
 * (GreenMail keeps one box per recipient), and a message's address names the same email
 * after more arrive.
 */
class DevMailboxTests {

	GreenMail smtp;

	DevMailboxController mailbox;

	@BeforeEach
	void start() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		mailbox = new DevMailboxController(smtp);
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	void send(long outboxId, String to, String subject, long sentSecond) throws Exception {
		MimeMessage message = new MimeMessage(smtp.getSmtp().createSession());
		message.setFrom(new InternetAddress("recruitment@hireflow.example"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject);
		message.setSentDate(new Date(1_800_000_000_000L + sentSecond * 1000));
		message.setHeader(DevMailboxController.OUTBOX_ID_HEADER, String.valueOf(outboxId));
		message.setText("Hello");
		Transport.send(message);
	}

	@SuppressWarnings("unchecked")
	List<DevMailboxController.Mail> listed() throws Exception {
		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(mailbox.list(model)).isEqualTo("dev/mailbox");
		return (List<DevMailboxController.Mail>) model.get("mails");
	}

	DevMailboxController.Mail opened(long id) throws Exception {
		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(mailbox.one(id, model)).isEqualTo("dev/message");
		return (DevMailboxController.Mail) model.get("mail");
	}

	@Test
	void the_list_is_newest_first_across_recipients() throws Exception {
		send(1, "amelie@example.org", "first", 1);
		send(2, "bruno@example.org", "second", 2);
		send(3, "amelie@example.org", "third", 3);

		assertThat(listed()).extracting(DevMailboxController.Mail::subject).containsExactly("third", "second", "first");
		assertThat(listed()).extracting(DevMailboxController.Mail::id).containsExactly(3L, 2L, 1L);
	}

	@Test
	void a_message_keeps_its_address_when_new_mail_arrives() throws Exception {
		send(41, "bruno@example.org", "for Bruno", 1);
		assertThat(opened(41).subject()).isEqualTo("for Bruno");

		send(42, "amelie@example.org", "for Amélie", 2);
		send(43, "aaron@example.org", "for Aaron", 3);

		assertThat(opened(41).subject()).isEqualTo("for Bruno");
		assertThat(opened(43).subject()).isEqualTo("for Aaron");
	}

}
