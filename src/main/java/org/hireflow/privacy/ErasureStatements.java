package org.hireflow.privacy;

import java.util.List;

/**
 * Everything erasure changes in the service's own tables, in one place. Personal text is
 * replaced with {@value #ERASED} where the column is required and kept as a record (an
 * audit trail, a panel's evaluation: the fact and its score stay, the words go); personal
 * data with no record value is deleted. The append-only tables accept these updates only
 * with {@code hireflow.erasure} set for the transaction.
 */
final class ErasureStatements {

	static final String ERASED = "[erased]";

	/** Per application; parameters {@code :id}, {@code :reference}, {@code :now}. */
	static final List<String> APPLICATION = List.of("""
			update application set profile = profile || jsonb_build_object('givenName', '[erased]',
			    'familyName', '[erased]', 'dateOfBirth', '1900-01-01', 'nationalities', jsonb_build_array('ZZ'),
			    'appliedNationality', 'ZZ', 'languages', '{}'::jsonb),
			  answers = '[]'::jsonb,
			  outcome_reason = case when outcome_reason is null then null else '[erased]' end,
			  erased_at = :now
			where id = :id""", //
			"delete from application_cv where application_id = :id",
			"delete from diversity_self_identification where application_id = :id",
			// reporting keeps its de-identified case, no longer linked to the application
			"update report_case set application_id = null where application_id = :id",
			"update application_event set reason = '[erased]' where application_id = :id and reason is not null",
			"update screening set reason = '[erased]' where application_id = :id and reason is not null",
			"update calibration set justification = '[erased]' where application_id = :id and justification is not null",
			"update panel_evaluation set comment = '[erased]' where application_id = :id",
			"update decision set reason = '[erased]' where application_id = :id",
			"update reserve_list_entry set override_reason = '[erased]' where application_id = :id "
					+ "and override_reason is not null",
			"update clearance set reason = '[erased]' where application_id = :id and reason is not null",
			"update offer_start_date_change set reason = '[erased]' where application_id = :id",
			"update conflict_declaration set details = '[erased]' where application_id = :id and details is not null",
			"delete from outbox_message where application_id = :id",
			"delete from intake_idempotency_key where application_reference = :reference",
			// after-commit events about it (emails' facts: the address and the name)
			"delete from event_publication where serialized_event like '%' || :reference || '%'");

	/**
	 * Per candidate, once all their applications are erased; parameters {@code :id},
	 * {@code :email}, {@code :now}.
	 */
	static final List<String> CANDIDATE = List.of("delete from outbox_message where lower(recipient) = lower(:email)",
			"delete from event_publication where lower(serialized_event) like '%' || lower(:email) || '%'",
			"delete from candidate_nationality where candidate_id = :id",
			"delete from candidate_language where candidate_id = :id", """
					update candidate set email = 'erased-' || id || '@erased.invalid', given_name = '[erased]',
					  family_name = '[erased]', date_of_birth = date '1900-01-01', erased_at = :now
					where id = :id""");

	private ErasureStatements() {
	}

}
