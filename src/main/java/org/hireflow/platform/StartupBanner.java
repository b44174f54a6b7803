package org.hireflow.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the service where to go, and — in the embedded run only — how to
 * log in.
 */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	private final HireflowProperties properties;

	StartupBanner(Environment environment, HireflowProperties properties) {
		this.environment = environment;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void printBanner(ApplicationReadyEvent ready) {
		String base = properties.publicBaseUrl().toString().replaceAll("/$", "");
		StringBuilder banner = new StringBuilder("\n\n  hireflow is ready\n");
		banner.append("  Candidate pages      ").append(base).append("/\n");
		banner.append("  Tasklist             ").append(base).append("/camunda/app/tasklist/\n");
		banner.append("  Cockpit / Admin      ")
			.append(base)
			.append("/camunda/app/cockpit/  ")
			.append(base)
			.append("/camunda/app/admin/\n");
		banner.append("  API docs             ").append(base).append("/swagger-ui.html\n");
		banner.append("  Engine REST          ").append(base).append("/engine-rest (authenticated)\n");
		if (environment.acceptsProfiles(Profiles.of("embedded"))) {
			banner.append("  Dev mailbox          ").append(base).append("/dev/mailbox\n");
			banner.append("  Embedded PostgreSQL  ")
				.append(environment.getProperty("hireflow.embedded.data-directory"))
				.append(" (port ")
				.append(environment.getProperty("hireflow.embedded.postgres-port"))
				.append(")\n");
		}
		log.info(banner.toString());
	}

}
