package org.hireflow.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hireflow.platform.DatabaseUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends what the outbox holds, after the transactions that wrote it have committed. One
 * message per transaction, its row locked while it is sent: a second node skips it, a
 * crash before the commit leaves it pending (the one duplicate SMTP allows — with the
 * same Message-ID). Failures back off; after the last attempt the message waits for an
 * operator (failed messages in the staff API).
 */
@Component
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final Outbox outbox;

	private final SmtpSender sender;

	private final TransactionTemplate transactions;

	private final MailSettings settings;

	private final Clock clock;

	MailDispatcher(Outbox outbox, SmtpSender sender, TransactionTemplate transactions, MailSettings settings,
			Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${hireflow.mail.dispatch-interval:PT5S}", initialDelayString = "PT5S")
	void onSchedule() {
		if (!settings.dispatcherEnabled()) {
			return;
		}
		try {
			// a full round means a backlog: the next one starts at once
			while (dispatchDue() >= settings.batchSize()) {
				log.debug("Outbox backlog: another round");
			}
		}
		catch (RuntimeException ex) {
			if (!DatabaseUnreachable.is(ex)) {
				throw ex;
			}
			// the next round tries again; one line per round, not a stack trace
			log.warn("Outbox not dispatched, database unreachable: {}", ex.toString());
		}
	}

	/**
	 * Sends what is due, up to {@code batchSize} messages, {@code perConnection} at a
	 * time: each group locked, sent over one SMTP connection and marked in one
	 * transaction. A crash between the server's acceptance and the commit sends the group
	 * again, with the same Message-IDs.
	 * @return how many messages were sent in this round
	 */
	public int dispatchDue() {
		int sent = 0;
		int tried = 0;
		while (tried < settings.batchSize()) {
			int[] round = transactions.execute(tx -> sendGroup(
					outbox.lockDue(clock.instant(), Math.min(settings.perConnection(), settings.batchSize()))));
			if (round == null || round[1] == 0) {
				break;
			}
			sent += round[0];
			tried += round[1];
		}
		return sent;
	}

	/**
	 * @return sent and tried
	 */
	private int[] sendGroup(List<OutboxMessage> due) {
		if (due.isEmpty()) {
			return new int[] { 0, 0 };
		}
		Map<MimeMessage, OutboxMessage> built = new LinkedHashMap<>();
		for (OutboxMessage message : due) {
			try {
				built.put(sender.build(message), message);
			}
			catch (MessagingException | RuntimeException ex) {
				failed(message, ex);
			}
		}
		Map<Object, Exception> refused = Map.of();
		try {
			sender.send(built.keySet().toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			refused = ex.getFailedMessages();
		}
		catch (MailException ex) {
			Map<Object, Exception> all = new LinkedHashMap<>();
			built.keySet().forEach(mime -> all.put(mime, ex));
			refused = all;
		}
		int sent = 0;
		for (Map.Entry<MimeMessage, OutboxMessage> entry : built.entrySet()) {
			Exception failure = refused.get(entry.getKey());
			if (failure == null) {
				entry.getValue().sent(clock.instant());
				sent++;
			}
			else {
				failed(entry.getValue(), failure);
			}
		}
		return new int[] { sent, due.size() };
	}

	private void failed(OutboxMessage message, Exception ex) {
		log.warn("Sending {} ({}) to the SMTP server failed (attempt {}): {}", message.getMessageId(),
				message.getKind(), message.getAttempts() + 1, ex.getMessage());
		message.attemptFailed(ex.getMessage(), clock.instant(), settings.firstBackoff(), settings.maxAttempts());
	}

}
