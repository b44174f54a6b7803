package org.hireflow.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that compose emails after a change has committed. Composing on the thread
 * that made the change held its database connection while taking a second one: under a
 * burst, every connection of the pool was held by a request waiting for another
 * (measured: requests stalled 30 s, the pool's timeout, and their emails' event
 * publications were left incomplete). The queue is unbounded; what it holds is also in
 * the event publication registry, republished at the next start if the service stops
 * first.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
public class MailComposition {

	/** The executor's name, for {@code @Async} on listeners after commit. */
	public static final String EXECUTOR = "mailComposers";

	@Bean(EXECUTOR)
	TaskExecutor mailComposers(MailSettings settings) {
		if (settings.composeThreads() == 0) {
			return new SyncTaskExecutor();
		}
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("mail-compose-");
		executor.setCorePoolSize(settings.composeThreads());
		executor.setMaxPoolSize(settings.composeThreads());
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

}
