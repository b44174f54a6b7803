package org.hireflow.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.platform.text.Messages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the service holds about a candidate, as one JSON document (the right of
 * access): their record, each application as submitted with its answers, CV's name, audit
 * trail, self-identification and each stage's record about them, and every email written
 * to them. Staff members' identities (who screened, who sat on the panel) are not the
 * candidate's data and are left out; what they wrote about the candidate is in.
 */
@Service
public class PersonalDataExport {

	private static final String CANDIDATE = """
			select json_build_object('email', c.email, 'givenName', c.given_name, 'familyName', c.family_name,
			  'dateOfBirth', c.date_of_birth, 'correspondenceLanguage', c.correspondence_language,
			  'highestDegree', c.highest_degree, 'yearsOfExperience', c.years_experience, 'since', c.created_at,
			  'nationalities', (select coalesce(json_agg(n.country order by n.country), '[]') from candidate_nationality n
			                    where n.candidate_id = c.id),
			  'languages', (select coalesce(json_object_agg(l.language, l.level), '{}') from candidate_language l
			                where l.candidate_id = c.id))::text
			from candidate c where c.id = ?""";

	private static final String APPLICATIONS = """
			select coalesce(json_agg(json_build_object(
			  'reference', a.reference, 'vacancy', v.reference, 'vacancyTitle', v.title, 'status', a.status,
			  'submittedAt', a.submitted_at, 'profile', a.profile, 'answers', a.answers, 'outcomeReason', a.outcome_reason,
			  'cv', (select json_build_object('fileName', cv.file_name, 'sizeBytes', cv.size_bytes)
			         from application_cv cv where cv.application_id = a.id),
			  'selfIdentification', (select json_build_object('gender', d.gender)
			         from diversity_self_identification d where d.application_id = a.id),
			  'history', (select coalesce(json_agg(json_build_object('at', e.occurred_at, 'status', e.to_status,
			         'outcome', e.outcome, 'reason', e.reason) order by e.occurred_at, e.id), '[]')
			         from application_event e where e.application_id = a.id),
			  'screening', (select json_build_object('outcome', s.outcome, 'reason', s.reason, 'at', s.screened_at)
			         from screening s where s.application_id = a.id),
			  'assessment', (select json_build_object('kind', t.kind, 'score', t.score, 'passMark', t.pass_mark,
			         'passed', t.passed, 'at', t.recorded_at) from assessment t where t.application_id = a.id),
			  'interview', (select json_build_object('startsAt', i.starts_at, 'timeZone', i.time_zone,
			         'location', i.location, 'status', i.status) from interview i where i.application_id = a.id),
			  'evaluations', (select coalesce(json_agg(json_build_object('recommendation', p.recommendation,
			         'comment', p.comment, 'scores', (select json_object_agg(ps.criterion, ps.score)
			         from panel_evaluation_score ps where ps.evaluation_id = p.id)) order by p.submitted_at), '[]')
			         from panel_evaluation p where p.application_id = a.id),
			  'decision', (select json_build_object('outcome', x.outcome, 'reason', x.reason, 'at', x.decided_at)
			         from decision x where x.application_id = a.id),
			  'offer', (select json_build_object('grade', o.grade, 'step', o.step, 'startDate', o.start_date,
			         'status', o.status, 'sentAt', o.sent_at, 'expiresAt', o.expires_at, 'answeredAt', o.answered_at)
			         from offer o where o.application_id = a.id),
			  'clearances', (select coalesce(json_agg(json_build_object('kind', k.kind, 'outcome', k.outcome,
			         'reason', k.reason, 'at', k.recorded_at)), '[]') from clearance k where k.application_id = a.id)
			) order by a.submitted_at), '[]')::text
			from application a join vacancy v on v.id = a.vacancy_id where a.candidate_id = ?""";

	private static final String EMAILS = """
			select coalesce(json_agg(json_build_object('at', m.created_at, 'to', m.recipient, 'subject', m.subject,
			  'text', m.text_body, 'status', m.status) order by m.created_at, m.id), '[]')::text
			from outbox_message m
			where m.application_id in (select id from application where candidate_id = :candidate)
			   or lower(m.recipient) = (select lower(email) from candidate where id = :candidate)""";

	private final JdbcClient jdbc;

	private final ApplicationService applications;

	private final ObjectMapper json;

	PersonalDataExport(JdbcClient jdbc, ApplicationService applications, ObjectMapper json) {
		this.jdbc = jdbc;
		this.applications = applications;
		this.json = json;
	}

	/** Everything held about the candidate behind this application. */
	@Transactional(readOnly = true)
	public JsonNode of(String applicationReference) {
		Application application = applications.get(applicationReference);
		long candidate = application.getCandidate().getId();
		ObjectNode export = json.createObjectNode();
		export.put("about", Messages.text("privacy.export.about",
				"Everything this recruitment service holds about you, as of the moment it was exported."));
		export.set("candidate", read(jdbc.sql(CANDIDATE).param(candidate).query(String.class).single()));
		export.set("applications", read(jdbc.sql(APPLICATIONS).param(candidate).query(String.class).single()));
		export.set("emails", read(jdbc.sql(EMAILS).param("candidate", candidate).query(String.class).single()));
		return export;
	}

	private JsonNode read(String text) {
		try {
			return json.readTree(text);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("the database wrote JSON it cannot read back", ex);
		}
	}

}
