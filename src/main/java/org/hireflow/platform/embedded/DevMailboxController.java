package org.hireflow.platform.embedded;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import org.hireflow.platform.web.Problem;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The embedded run's mailbox: every email the service sent, readable in the browser (HTML
 * rendered in a sandboxed frame, without scripts). Exists only in the embedded profile.
 */
@Controller
@Profile("embedded")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
class DevMailboxController {

	private final GreenMail smtp;

	DevMailboxController(GreenMail smtp) {
		this.smtp = smtp;
	}

	/** The header the notification module's sender names the outbox row with. */
	static final String OUTBOX_ID_HEADER = "X-Hireflow-Outbox-Id";

	record Mail(long id, String to, String subject, String sent, String text, String html, List<String> attachments,
			String headers) {
	}

	/**
	 * Newest first, by the time each was sent (GreenMail lists by recipient); ties by
	 * outbox id.
	 */
	@GetMapping("/dev/mailbox")
	String list(Model model) throws MessagingException, IOException {
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			mails.add(read(message));
		}
		mails.sort(Comparator.comparing(Mail::sent).thenComparingLong(Mail::id).reversed());
		model.addAttribute("mails", mails);
		return "dev/mailbox";
	}

	/** One email by its outbox id: the same email whatever arrives after it. */
	@GetMapping("/dev/mailbox/{id}")
	String one(@PathVariable long id, Model model) throws MessagingException, IOException {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (String.valueOf(id).equals(message.getHeader(OUTBOX_ID_HEADER, null))) {
				model.addAttribute("mail", read(message));
				return "dev/message";
			}
		}
		throw Problem.notFound("Message", String.valueOf(id));
	}

	private static Mail read(MimeMessage message) throws MessagingException, IOException {
		Parts parts = new Parts();
		parts.collect(message);
		StringBuilder headers = new StringBuilder();
		var all = message.getAllHeaderLines();
		while (all.hasMoreElements()) {
			headers.append(all.nextElement()).append('\n');
		}
		Address[] to = message.getAllRecipients();
		String id = message.getHeader(OUTBOX_ID_HEADER, null);
		return new Mail(id == null ? -1 : Long.parseLong(id.strip()),
				to == null ? "" : String.join(", ", Arrays.stream(to).map(DevMailboxController::readable).toList()),
				message.getSubject(), message.getSentDate() == null ? "" : message.getSentDate().toInstant().toString(),
				parts.text, parts.html, parts.attachments, headers.toString());
	}

	/** {@code Amélie Durand <a@example.org>} rather than its RFC 2047 encoding. */
	private static String readable(Address address) {
		return address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString();
	}

	private static final class Parts {

		String text = "";

		String html = "";

		final List<String> attachments = new ArrayList<>();

		void collect(Part part) throws MessagingException, IOException {
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
				attachments.add(part.getFileName() + " (" + part.getContentType().split(";")[0] + ")");
			}
			else if (part.isMimeType("text/plain") && text.isEmpty()) {
				text = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("text/html") && html.isEmpty()) {
				html = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("text/calendar")) {
				attachments.add("invitation.ics (text/calendar)");
			}
			else if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					collect(child);
				}
			}
		}

	}

}
