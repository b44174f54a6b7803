package org.hireflow.faults;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server the nodes hand their emails to (GreenMail, on a fixed port so that it
 * can be stopped and started again under the nodes). What it received is kept across a
 * restart.
 */
final class SmtpSink implements AutoCloseable {

	/** One email as received: to whom, its Message-ID and the outbox id it came from. */
	record Received(String recipient, String messageId, String outboxId) {
	}

	final int port;

	private final List<Received> before = new ArrayList<>();

	private GreenMail server;

	SmtpSink(int port) {
		this.port = port;
	}

	synchronized SmtpSink start() {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return this;
	}

	synchronized void stop() {
		if (server != null) {
			before.addAll(current());
			server.stop();
			server = null;
		}
	}

	synchronized List<Received> received() {
		List<Received> all = new ArrayList<>(before);
		all.addAll(current());
		return all;
	}

	/** The emails received, by recipient. */
	Map<String, List<Received>> byRecipient() {
		return received().stream().collect(Collectors.groupingBy(Received::recipient));
	}

	private List<Received> current() {
		if (server == null) {
			return List.of();
		}
		return Arrays.stream(server.getReceivedMessages()).map(SmtpSink::received).toList();
	}

	private static Received received(MimeMessage message) {
		try {
			String[] outbox = message.getHeader("X-Hireflow-Outbox-Id");
			return new Received(((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress(),
					message.getMessageID(), outbox == null ? null : outbox[0]);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		stop();
	}

}
