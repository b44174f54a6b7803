package org.hireflow.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * Turns an outbox message into MIME and hands it to the SMTP server: text and HTML as
 * alternatives, a calendar object as a third alternative and as an .ics attachment.
 * Headers are built only from values that cannot carry line breaks: addresses are
 * validated, display names and subjects are flattened and encoded.
 */
@Component
class SmtpSender {

	/** The outbox row an email came from (read by the embedded run's dev mailbox). */
	static final String OUTBOX_ID_HEADER = "X-Hireflow-Outbox-Id";

	private final JavaMailSender smtp;

	private final MailSettings settings;

	/**
	 * One session to build messages in: a new session per message read the mail library's
	 * provider files from the jars every time (measured: 45% of the dispatcher's CPU).
	 */
	private final Session session = Session.getInstance(new java.util.Properties());

	SmtpSender(JavaMailSender smtp, MailSettings settings) {
		this.smtp = smtp;
		this.settings = settings;
	}

	void send(OutboxMessage message) throws MessagingException {
		smtp.send(build(message));
	}

	/**
	 * Sends the messages over one connection. Those the server refused come back in the
	 * exception's failed messages; when the connection itself fails, all of them do.
	 */
	void send(MimeMessage... messages) {
		smtp.send(messages);
	}

	MimeMessage build(OutboxMessage message) throws MessagingException {
		Mail mail = message.mail();
		MimeMessage mime = new StableIdMessage(session, message.getMessageId());
		try {
			mime.setFrom(new InternetAddress(settings.from(), flatten(settings.fromName()), "UTF-8"));
			mime.setRecipient(MimeMessage.RecipientType.TO,
					new InternetAddress(mail.recipient(), flatten(mail.recipientName()), "UTF-8"));
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 unavailable", ex);
		}
		mime.setSubject(flatten(mail.subject()), "UTF-8");
		mime.setHeader("Auto-Submitted", "auto-generated");
		mime.setHeader("Content-Language", mail.language());
		// the outbox row it came from: operators find it in /api/outbox, the dev mailbox
		// names it by this
		mime.setHeader(OUTBOX_ID_HEADER, String.valueOf(message.getId()));

		MimeMultipart alternatives = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(mail.text(), "UTF-8", "plain");
		alternatives.addBodyPart(text);
		MimeBodyPart html = new MimeBodyPart();
		html.setText(mail.html(), "UTF-8", "html");
		alternatives.addBodyPart(html);
		if (mail.calendar() == null) {
			mime.setContent(alternatives);
			return mime;
		}
		String calendarType = "text/calendar; charset=UTF-8; method=" + mail.calendarMethod();
		MimeBodyPart calendar = new MimeBodyPart();
		calendar.setDataHandler(new DataHandler(
				new ByteArrayDataSource(mail.calendar().getBytes(StandardCharsets.UTF_8), calendarType)));
		calendar.setHeader("Content-Type", calendarType);
		alternatives.addBodyPart(calendar);

		MimeMultipart mixed = new MimeMultipart("mixed");
		MimeBodyPart body = new MimeBodyPart();
		body.setContent(alternatives);
		mixed.addBodyPart(body);
		MimeBodyPart attachment = new MimeBodyPart();
		attachment
			.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.calendar().getBytes(StandardCharsets.UTF_8),
					"application/ics; name=invitation.ics")));
		attachment.setFileName("invitation.ics");
		attachment.setDisposition(MimeBodyPart.ATTACHMENT);
		mixed.addBodyPart(attachment);
		mime.setContent(mixed);
		return mime;
	}

	/** No control characters (CR, LF, TAB …) may reach a header. */
	static String flatten(String value) {
		return value == null ? null : value.replaceAll("\\p{Cntrl}+", " ").strip();
	}

	/**
	 * Keeps the Message-ID fixed at enqueue time instead of a new one per send attempt.
	 */
	private static final class StableIdMessage extends MimeMessage {

		private final String messageId;

		StableIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
