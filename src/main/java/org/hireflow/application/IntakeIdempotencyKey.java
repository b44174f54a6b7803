package org.hireflow.application;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Remembers which application an Idempotency-Key produced, so a retried submission gets
 * the same answer.
 */
@Entity
class IntakeIdempotencyKey {

	@Id
	private String idempotencyKey;

	private String requestFingerprint;

	private String applicationReference;

	private Instant createdAt;

	protected IntakeIdempotencyKey() {
	}

	IntakeIdempotencyKey(String key, String fingerprint, String applicationReference, Instant now) {
		this.idempotencyKey = key;
		this.requestFingerprint = fingerprint;
		this.applicationReference = applicationReference;
		this.createdAt = now;
	}

	boolean sameRequest(String fingerprint) {
		return requestFingerprint.equals(fingerprint);
	}

	String getApplicationReference() {
		return applicationReference;
	}

}
