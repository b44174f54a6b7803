package org.hireflow.application;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IntakeIdempotencyKeys extends JpaRepository<IntakeIdempotencyKey, String> {

	/**
	 * Takes the key for this request: true when this request is the first to use it. A
	 * unique insert, not a merge — a concurrent request with the same key waits here
	 * until the first one commits (then gets false) or rolls back (then takes the key
	 * itself): first writer wins.
	 */
	default boolean claim(String key, String fingerprint, String applicationReference, Instant now) {
		return insertIfAbsent(key, fingerprint, applicationReference, now) == 1;
	}

	@Modifying
	@Query(value = """
			insert into intake_idempotency_key (idempotency_key, request_fingerprint, application_reference, created_at)
			values (?1, ?2, ?3, ?4) on conflict (idempotency_key) do nothing""", nativeQuery = true)
	int insertIfAbsent(String key, String fingerprint, String applicationReference, Instant now);

	@Modifying
	@Query("delete from IntakeIdempotencyKey k where k.createdAt < ?1")
	int deleteCreatedBefore(Instant cutoff);

}
