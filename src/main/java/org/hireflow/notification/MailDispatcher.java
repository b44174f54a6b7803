package org.hireflow.notification;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, after the transactions that wrote it have committed. One message per
 * transaction, its row locked while it is sent: a second node skips it, a crash before the commit leaves it
 * pending (the one duplicate SMTP allows — with the same Message-ID). Failures back off; after the last attempt
 * the message waits for an operator (failed messages in the staff API).
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
		if (settings.dispatcherEnabled()) {
			dispatchDue();
		}
	}

	/** @return how many messages were sent in this round */
	public int dispatchDue() {
		int sent = 0;
		for (int i = 0; i < settings.batchSize(); i++) {
			Boolean result = transactions.execute(tx -> {
				List<OutboxMessage> due = outbox.lockDue(clock.instant(), 1);
				if (due.isEmpty()) {
					return null;
				}
				OutboxMessage message = due.get(0);
				try {
					sender.send(message);
					message.sent(clock.instant());
					return true;
				}
				catch (Exception ex) {
					log.warn("Sending {} ({}) to the SMTP server failed (attempt {}): {}", message.getMessageId(),
							message.getKind(), message.getAttempts() + 1, ex.getMessage());
					message.attemptFailed(ex.getMessage(), clock.instant(), settings.firstBackoff(),
							settings.maxAttempts());
					return false;
				}
			});
			if (result == null) {
				break;
			}
			if (result) {
				sent++;
			}
		}
		return sent;
	}

}
