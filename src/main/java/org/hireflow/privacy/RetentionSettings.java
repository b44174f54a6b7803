package org.hireflow.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hireflow.retention.*}.
 *
 * @param after how long personal data is kept once an application has ended and its
 * vacancy has closed (unsuccessful, reserve list expired, hired: the same delay)
 * @param cron when the retention job runs (every night at 02:30 by default)
 * @param enabled {@code false} leaves the job to be started by hand only
 */
@ConfigurationProperties("hireflow.retention")
public record RetentionSettings(@DefaultValue("P24M") Period after, @DefaultValue("0 30 2 * * *") String cron,
		@DefaultValue("true") boolean enabled) {
}
