package org.hireflow.application;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IntakeIdempotencyKeys extends JpaRepository<IntakeIdempotencyKey, String> {

	@Modifying
	@Query("delete from IntakeIdempotencyKey k where k.createdAt < ?1")
	int deleteCreatedBefore(Instant cutoff);

}
