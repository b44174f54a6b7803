package org.hireflow.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases personal data: an application's (retention) or a candidate's, with all their
 * applications (a request). Only ended applications are erased — a candidate still in a
 * competition withdraws first, so that no step of the pipeline meets a case whose data is
 * gone. Safe to repeat: an erased application or candidate is left as it is.
 */
@Service
public class Erasure {

	/** Why personal data was erased. */
	public enum Reason {

		REQUEST, RETENTION

	}

	private final JdbcClient jdbc;

	private final CaseHistory engine;

	private final ApplicationService applications;

	private final Clock clock;

	Erasure(JdbcClient jdbc, CaseHistory engine, ApplicationService applications, Clock clock) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.applications = applications;
		this.clock = clock;
	}

	/**
	 * Erases the candidate behind this application and every application of theirs.
	 * @return the references erased now (none when already erased)
	 */
	@Transactional
	public List<String> eraseCandidate(String applicationReference, Reason reason, String actor) {
		Application application = applications.get(applicationReference);
		long candidateId = application.getCandidate().getId();
		List<Application> all = applications.ofCandidateId(candidateId);
		List<String> running = all.stream()
			.filter(each -> !each.getStatus().isFinal())
			.map(Application::getReference)
			.toList();
		if (!running.isEmpty()) {
			throw new ErasureRefused(running);
		}
		List<String> erased = all.stream()
			.filter(each -> eraseApplication(each.getId(), each.getReference(), reason, actor))
			.map(Application::getReference)
			.toList();
		eraseCandidateRecord(candidateId);
		return erased;
	}

	/**
	 * Erases one ended application's personal data, here and in the engine.
	 * @return whether it was erased now ({@code false}: it already was)
	 */
	@Transactional
	public boolean eraseApplication(long applicationId, String reference, Reason reason, String actor) {
		Boolean erasedBefore = jdbc.sql("select erased_at is not null from application where id = ? for update")
			.param(applicationId)
			.query(Boolean.class)
			.single();
		if (erasedBefore) {
			return false;
		}
		ApplicationStatus status = applications.get(applicationId).getStatus();
		if (!status.isFinal()) {
			throw new ErasureRefused(List.of(reference));
		}
		Timestamp now = Timestamp.from(clock.instant());
		allowErasure();
		for (String statement : ErasureStatements.APPLICATION) {
			jdbc.sql(statement).param("id", applicationId).param("reference", reference).param("now", now).update();
		}
		engine.erase(reference);
		jdbc.sql("""
				insert into erasure_record (application_reference, reason, requested_by, erased_at)
				values (?, ?, ?, ?)""").params(reference, reason.name(), actor, now).update();
		return true;
	}

	/**
	 * The candidate's own record, once none of their applications holds personal data any
	 * more.
	 */
	@Transactional
	public boolean eraseCandidateRecord(long candidateId) {
		Long remaining = jdbc.sql("select count(*) from application where candidate_id = ? and erased_at is null")
			.param(candidateId)
			.query(Long.class)
			.single();
		if (remaining > 0) {
			return false;
		}
		String email = jdbc.sql("select email from candidate where id = ? and erased_at is null")
			.param(candidateId)
			.query(String.class)
			.optional()
			.orElse(null);
		if (email == null) {
			return false;
		}
		Timestamp now = Timestamp.from(clock.instant());
		allowErasure();
		for (String statement : ErasureStatements.CANDIDATE) {
			jdbc.sql(statement).param("id", candidateId).param("email", email).param("now", now).update();
		}
		return true;
	}

	/** The append-only tables' hatch, for this transaction only. */
	private void allowErasure() {
		jdbc.sql("select set_config('hireflow.erasure', 'on', true)").query().singleValue();
	}

}
