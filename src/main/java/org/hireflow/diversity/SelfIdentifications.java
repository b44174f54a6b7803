package org.hireflow.diversity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-identification store: one row per application that answered, in the intake's
 * transaction.
 */
@Service
public class SelfIdentifications {

	private final JdbcClient jdbc;

	SelfIdentifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the candidate said with this application; nothing when they did not answer.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long applicationId, Optional<Gender> gender, Instant at) {
		gender.ifPresent(value -> jdbc
			.sql("insert into diversity_self_identification (application_id, gender, recorded_at) values (?, ?, ?)")
			.params(applicationId, value.name(), Timestamp.from(at))
			.update());
	}

	public Optional<Gender> genderOf(long applicationId) {
		return jdbc.sql("select gender from diversity_self_identification where application_id = ?")
			.param(applicationId)
			.query(String.class)
			.optional()
			.map(Gender::valueOf);
	}

}
