package org.hireflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestUsers;
import org.hireflow.testing.WebappSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords slow an attacker down and never lock an account for good: a delay per
 * account that ends by itself, a limit per client address (429), and an administrator who
 * can unlock at once. Each test signs in from its own client address (X-Forwarded-For,
 * trusted in the test profile) so that the limits do not leak across.
 */
@IntegrationTest
class AccountProtectionTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	/** Any signed-in call does: a staff member's tasks offered to them. */
	static final String OWN_TASKS = "/engine-rest/task?candidateGroup=" + Roles.GROUP_RECRUITERS;

	@Test
	void after_a_burst_of_wrong_passwords_the_right_one_works_again_once_the_delay_has_passed() {
		String user = TestUsers.ensure(identity, "apBurst", Roles.GROUP_RECRUITERS);
		Api from = fromNewAddress();
		for (int i = 0; i < 10; i++) {
			assertThat(from.header("Authorization", basic(user, "wrong" + i)).get(OWN_TASKS).status()).isEqualTo(401);
		}

		assertThat(from.as(user).get(OWN_TASKS).status()).as("during the delay").isEqualTo(401);
		await().atMost(Duration.ofSeconds(70))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> from.as(user).get(OWN_TASKS).status() == 200);
	}

	@Test
	void an_account_with_many_failed_attempts_behind_it_is_never_locked_for_good() {
		String user = TestUsers.ensure(identity, "apVeteran", Roles.GROUP_RECRUITERS);
		// what about ten wrong passwords, one every few seconds, left behind: the engine
		// used to lock for good at 10
		jdbc.update("update act_id_user set attempts_ = 50, lock_exp_time_ = null where id_ = ?", user);

		assertThat(fromNewAddress().as(user).get(OWN_TASKS).status()).isEqualTo(200);
	}

	@Test
	void an_address_with_too_many_failed_sign_ins_gets_429_whichever_account_it_tries() {
		String user = TestUsers.ensure(identity, "apThrottled", Roles.GROUP_RECRUITERS);
		Api attacker = fromNewAddress();
		for (int i = 0; i < LoginThrottle.FAILURES_PER_CLIENT; i++) {
			assertThat(attacker.header("Authorization", basic("ghost" + i, "guess")).get(OWN_TASKS).status())
				.isEqualTo(401);
		}

		var throttled = attacker.header("Authorization", basic("ghost", "guess")).get(OWN_TASKS);
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.problemType()).isEqualTo("too-many-sign-ins");
		assertThat(throttled.header("Retry-After")).isNotNull();
		assertThat(attacker.as(user).get(OWN_TASKS).status()).as("even the right password").isEqualTo(429);
		assertThat(fromNewAddress().as(user).get(OWN_TASKS).status()).as("another address").isEqualTo(200);
	}

	@Test
	void the_webapps_login_counts_against_the_same_limit_and_takes_only_a_form() {
		String address = "203.0.113." + (int) (Math.random() * 200 + 20);
		WebappSession browser = WebappSession.anonymous(port);
		for (int i = 0; i <= LoginThrottle.FAILURES_PER_CLIENT; i++) {
			browser.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
					"application/x-www-form-urlencoded", "username=ghost" + i + "&password=guess", "X-Forwarded-For",
					address);
		}

		var throttled = browser.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
				"application/x-www-form-urlencoded", "username=ghost&password=guess", "X-Forwarded-For", address);
		var json = browser.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", "application/json",
				"{}");
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(json.status()).isEqualTo(415);
	}

	@Test
	void an_administrator_unlocks_an_account_at_once() {
		String user = TestUsers.ensure(identity, "apUnlock", Roles.GROUP_RECRUITERS);
		TestUsers.ensure(identity, "apAdmin", Roles.GROUP_ADMIN);
		Api from = fromNewAddress();
		from.header("Authorization", basic(user, "wrong")).get(OWN_TASKS);
		assertThat(from.as(user).get(OWN_TASKS).status()).isEqualTo(401);

		assertThat(from.as("apAdmin").postJson("/engine-rest/user/" + user + "/unlock", "").status()).isEqualTo(204);

		assertThat(from.as(user).get(OWN_TASKS).status()).isEqualTo(200);
	}

	private Api fromNewAddress() {
		return new Api(port).header("X-Forwarded-For",
				"198.18." + (int) (Math.random() * 250) + "." + (Math.abs(UUID.randomUUID().hashCode()) % 250));
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
