package org.hireflow.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** What the real SMTP server (GreenMail) received, read the way a mail client would. */
public final class Mailbox {

	private final GreenMail smtp;

	public Mailbox(GreenMail smtp) {
		this.smtp = smtp;
	}

	public List<MimeMessage> to(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				Address[] to = message.getAllRecipients();
				return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	public List<String> subjectsTo(String address) {
		return to(address).stream().map(Mailbox::subject).toList();
	}

	public List<MimeMessage> all() {
		return List.of(smtp.getReceivedMessages());
	}

	public void clear() {
		try {
			smtp.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String text(MimeMessage message) {
		return part(message, "text/plain");
	}

	public static String html(MimeMessage message) {
		return part(message, "text/html");
	}

	public static String calendar(MimeMessage message) {
		return part(message, "text/calendar");
	}

	private static String part(Part part, String type) {
		try {
			if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				Object content = part.getContent();
				if (content instanceof String text) {
					return text;
				}
				try (InputStream in = (InputStream) content) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					String found = part(child, type);
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
