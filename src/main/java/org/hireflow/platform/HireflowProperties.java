package org.hireflow.platform;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings ({@code hireflow.*}). Stage-specific settings live beside
 * their stage.
 *
 * @param publicBaseUrl where candidates reach the service; used in links in emails
 * @param intake limits of the public intake API
 * @param demo demo users and data (embedded profile only)
 * @param organisation who recruits: named as the hiring organisation of every published
 * notice (schema.org {@code JobPosting}) and the author of the vacancies feed
 */
@ConfigurationProperties("hireflow")
public record HireflowProperties(@DefaultValue("http://localhost:8080") URI publicBaseUrl, @DefaultValue Intake intake,
		@DefaultValue Demo demo, @DefaultValue Organisation organisation) {

	/**
	 * @param name the organisation's name as candidates know it
	 * @param url its public web site, if any
	 */
	public record Organisation(@DefaultValue("NATO") String name, URI url) {
	}

	/**
	 * @param maxJsonBytes largest JSON body accepted by the API
	 * @param maxCvBytes largest CV accepted
	 * @param idempotencyKeyTtl how long an Idempotency-Key is remembered
	 */
	public record Intake(@DefaultValue("262144") long maxJsonBytes, @DefaultValue("5242880") long maxCvBytes,
			@DefaultValue("P7D") Duration idempotencyKeyTtl) {
	}

	/**
	 * @param enabled create demo users, groups and a demo vacancy at start-up
	 */
	public record Demo(@DefaultValue("false") boolean enabled) {
	}

}
