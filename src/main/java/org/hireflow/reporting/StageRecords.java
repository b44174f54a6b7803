package org.hireflow.reporting;

import java.sql.Timestamp;
import java.util.UUID;

import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatusChanged;
import org.hireflow.diversity.Gender;
import org.hireflow.diversity.SelfIdentifications;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps reporting's records as applications move, in the move's own transaction (a report
 * never counts a move that was rolled back, nor misses one that was not): a case when an
 * application is taken, then each stage it enters, closing the one it left.
 */
@Component
class StageRecords {

	private final JdbcClient jdbc;

	private final ApplicationService applications;

	private final SelfIdentifications selfIdentifications;

	StageRecords(JdbcClient jdbc, ApplicationService applications, SelfIdentifications selfIdentifications) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.selfIdentifications = selfIdentifications;
	}

	@EventListener
	void on(ApplicationStatusChanged change) {
		Timestamp at = Timestamp.from(change.occurredAt());
		if (change.from() == null) {
			String nationality = applications.get(change.applicationId()).getProfile().appliedNationality();
			jdbc.sql("""
					insert into report_case (id, application_id, vacancy_id, applied_at, nationality, gender)
					values (?, ?, ?, ?, ?, ?) on conflict (application_id) do nothing""")
				.params(UUID.randomUUID(), change.applicationId(), change.vacancyId(), at, nationality,
						selfIdentifications.genderOf(change.applicationId()).map(Gender::name).orElse(null))
				.update();
		}
		else {
			jdbc.sql("""
					update report_stage set left_at = ?
					where case_id = (select id from report_case where application_id = ?) and stage = ?
					  and left_at is null""").params(at, change.applicationId(), change.from().name()).update();
		}
		jdbc.sql("""
				insert into report_stage (case_id, stage, entered_at)
				select id, ?, ? from report_case where application_id = ?
				on conflict do nothing""").params(change.to().name(), at, change.applicationId()).update();
	}

}
