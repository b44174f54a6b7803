package org.hireflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.hireflow.testing.DatabaseHeavy;
import org.hireflow.testing.PostgresContainers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Runs in the Testcontainers pass (a Docker engine is there): an image that exists
 * nowhere fails fast, with a message that says what to do, instead of hanging on a
 * registry.
 */
@EnabledIfEnvironmentVariable(named = "HIREFLOW_TEST_DB", matches = "testcontainers")
@DatabaseHeavy
class TestcontainersMissingImageTests {

	@Test
	void a_missing_image_fails_fast_with_a_clear_message() {
		Instant start = Instant.now();

		assertThatThrownBy(
				() -> PostgresContainers.start("hireflow-missing/postgres:does-not-exist", Duration.ofSeconds(20)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("hireflow-missing/postgres:does-not-exist")
			.hasMessageContaining(".ci/docker/start-engine.sh");

		assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(60));
	}

}
