package org.hireflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A status link is the reference signed with the secret; a forged one opens nothing (no
 * database needed).
 */
class StatusTokensTests {

	final StatusTokens tokens = new StatusTokens("a-secret-of-at-least-thirty-two-characters", Duration.ofDays(365),
			null, null, Clock.systemUTC());

	@Test
	void a_token_is_the_reference_with_its_signature() {
		String token = tokens.tokenFor("AP-2027-000001");

		assertThat(token).startsWith("AP-2027-000001.").hasSizeGreaterThan(40);
		assertThat(tokens.tokenFor("AP-2027-000001")).isEqualTo(token);
		assertThat(tokens.tokenFor("AP-2027-000002")).isNotEqualTo(token);
	}

	@Test
	void another_applications_signature_or_a_mangled_token_opens_nothing() {
		String other = tokens.tokenFor("AP-2027-000002");
		String forged = "AP-2027-000001" + other.substring(other.indexOf('.'));

		assertThat(tokens.open(forged)).isEmpty();
		assertThat(tokens.open("AP-2027-000001")).isEmpty();
		assertThat(tokens.open("x".repeat(101))).isEmpty();
		assertThat(tokens.open(null)).isEmpty();
	}

	@Test
	void a_short_secret_is_refused_at_start_up() {
		assertThatThrownBy(() -> new StatusTokens("short", Duration.ofDays(1), null, null, Clock.systemUTC()))
			.isInstanceOf(IllegalStateException.class);
	}

}
