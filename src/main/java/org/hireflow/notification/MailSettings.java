package org.hireflow.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of every email
 * @param fromName the sender's display name
 * @param dispatcherEnabled whether the scheduled dispatcher runs (tests dispatch
 * themselves)
 * @param dispatchInterval how often the outbox is looked at
 * @param batchSize messages sent per round at most
 * @param perConnection messages sent over one SMTP connection, in one transaction
 * @param maxAttempts attempts before a message is marked failed (visible to operators,
 * retryable)
 * @param firstBackoff delay after the first failure; doubled after each further one, at
 * most an hour
 * @param composeThreads threads that compose emails after a change has committed, off the
 * thread that made it; 0 composes on that thread (the tests, to read the outbox at once)
 */
@ConfigurationProperties("hireflow.mail")
public record MailSettings(@DefaultValue("recruitment@hireflow.example") String from,
		@DefaultValue("Recruitment") String fromName, @DefaultValue("true") boolean dispatcherEnabled,
		@DefaultValue("PT5S") Duration dispatchInterval, @DefaultValue("500") int batchSize,
		@DefaultValue("50") int perConnection, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT30S") Duration firstBackoff, @DefaultValue("2") int composeThreads) {

	/** The domain part of Message-IDs. */
	public String domain() {
		return from.substring(from.indexOf('@') + 1);
	}

}
