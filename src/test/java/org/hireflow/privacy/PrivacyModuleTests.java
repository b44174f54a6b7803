package org.hireflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Erasure and retention stand on the application module alone (the other modules' tables
 * are reached by the one list of statements, proved by the every-table scan).
 */
@ModuleTest
class PrivacyModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Retention retention;

	@Test
	void privacy_loads_only_what_it_declares() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "privacy");
	}

	@Test
	void a_run_with_nothing_old_enough_finishes_having_anonymised_nothing() {
		Retention.Run run = retention.run(retention.start("test"));

		assertThat(run.status()).isEqualTo("FINISHED");
		assertThat(run.anonymised()).isZero();
		assertThat(run.failed()).isZero();
		assertThat(retention.recent()).first().extracting(Retention.Run::id).isEqualTo(run.id());
	}

}
