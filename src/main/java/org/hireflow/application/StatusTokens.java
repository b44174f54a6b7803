package org.hireflow.application;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's key to their status page: the application reference signed with the
 * service's secret (HMAC-SHA256), never a database id. It lives as long as the
 * application: it stops working a configurable period after the application's final
 * outcome.
 */
@Component
public class StatusTokens {

	private final byte[] secret;

	private final Duration lifeAfterOutcome;

	private final Applications applications;

	private final ApplicationEvents events;

	private final Clock clock;

	StatusTokens(@Value("${hireflow.tokens.secret}") String secret,
			@Value("${hireflow.tokens.life-after-outcome:P365D}") Duration lifeAfterOutcome, Applications applications,
			ApplicationEvents events, Clock clock) {
		if (secret == null || secret.length() < 32) {
			throw new IllegalStateException("hireflow.tokens.secret must have at least 32 characters");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.lifeAfterOutcome = lifeAfterOutcome;
		this.applications = applications;
		this.events = events;
		this.clock = clock;
	}

	public String tokenFor(Application application) {
		return tokenFor(application.getReference());
	}

	public String tokenFor(String applicationReference) {
		return applicationReference + "." + signature(applicationReference);
	}

	/**
	 * The application the token opens, if it is genuine and not expired; nothing else is
	 * told.
	 */
	@Transactional(readOnly = true)
	public Optional<Application> open(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		int dot = token.lastIndexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String reference = token.substring(0, dot);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, signature(reference).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		return applications.findByReference(reference).filter(this::alive);
	}

	private boolean alive(Application application) {
		if (!application.getStatus().isFinal()) {
			return true;
		}
		var trail = events.findByApplicationIdOrderByOccurredAtAscIdAsc(application.getId());
		var ended = trail.get(trail.size() - 1).getOccurredAt();
		return clock.instant().isBefore(ended.plus(lifeAfterOutcome));
	}

	private String signature(String reference) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] digest = mac.doFinal(("status|" + reference).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
