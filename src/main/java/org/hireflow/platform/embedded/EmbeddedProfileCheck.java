package org.hireflow.platform.embedded;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.ClassUtils;

/**
 * The deployable jar leaves the embedded PostgreSQL and SMTP sink out; started in the
 * default (embedded) profile it would fail much later with an obscure "no suitable driver
 * class". Say what to do instead, before anything starts. Registered in
 * META-INF/spring.factories.
 */
public class EmbeddedProfileCheck implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean embedded = environment.acceptsProfiles(Profiles.of("embedded"));
		boolean available = ClassUtils.isPresent("io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
				EmbeddedProfileCheck.class.getClassLoader());
		if (embedded && !available) {
			throw new IllegalStateException("The 'embedded' profile (the default) needs the development dependencies, "
					+ "which the deployable jar leaves out. Run ./mvnw spring-boot:run for the embedded service, or "
					+ "start the jar with SPRING_PROFILES_ACTIVE=prod and the HIREFLOW_* variables (README, Configuration).");
		}
	}

}
