package org.hireflow.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * One candidate's application to one vacancy. Its status changes only through
 * {@link #moveTo}, which returns the audit event to append; a final status is final.
 */
@Entity
public class Application {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String reference;

	private Long vacancyId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "candidate_id")
	private Candidate candidate;

	@JdbcTypeCode(SqlTypes.JSON)
	private CandidateProfile profile;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<Answer> answers = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private Instant erasedAt;

	private String outcomeReason;

	private Instant submittedAt;

	private String processInstanceId;

	@Version
	private long version;

	protected Application() {
	}

	Application(String reference, Long vacancyId, Candidate candidate, CandidateProfile profile, List<Answer> answers,
			Instant now) {
		this.reference = reference;
		this.vacancyId = vacancyId;
		this.candidate = candidate;
		this.profile = profile;
		this.answers = new ArrayList<>(answers);
		this.status = ApplicationStatus.SUBMITTED;
		this.submittedAt = now;
	}

	/** A note in the audit trail: the status stays. */
	ApplicationEvent noted(String what, String actor, String detail, Instant now) {
		return new ApplicationEvent(id, now, actor, status, status, what, detail);
	}

	ApplicationEvent submitted(String actor) {
		return new ApplicationEvent(id, submittedAt, actor, null, ApplicationStatus.SUBMITTED,
				Outcome.SUBMITTED.label(), null);
	}

	/**
	 * Moves the application where {@code outcome} leads and returns the audit event to
	 * append.
	 * @throws ApplicationClosed when the application already has a final status
	 * @throws TransitionRefused when the pipeline does not lead there from here
	 */
	ApplicationEvent moveTo(Outcome outcome, String detail, String actor, String reason, Instant now) {
		ApplicationStatus to = outcome.leadsTo();
		if (status.isFinal()) {
			throw new ApplicationClosed(reference, status);
		}
		if (!status.canMoveTo(to)) {
			throw new TransitionRefused(reference, status, to);
		}
		ApplicationStatus from = status;
		this.status = to;
		if (to.isFinal()) {
			this.outcomeReason = reason;
		}
		return new ApplicationEvent(id, now, actor, from, to, outcome.label(detail), reason);
	}

	void startedAs(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	/** Whom events about this application write to. */
	public CandidateFacts candidateFacts() {
		return new CandidateFacts(candidate.getEmail(), candidate.getGivenName() + " " + candidate.getFamilyName(),
				candidate.getCorrespondenceLanguage());
	}

	public Long getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public Long getVacancyId() {
		return vacancyId;
	}

	public Candidate getCandidate() {
		return candidate;
	}

	public CandidateProfile getProfile() {
		return profile;
	}

	public List<Answer> getAnswers() {
		return List.copyOf(answers);
	}

	/**
	 * Its personal data was erased (on request or by retention); what is left is a
	 * record.
	 */
	public boolean isErased() {
		return erasedAt != null;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public String getOutcomeReason() {
		return outcomeReason;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public long getVersion() {
		return version;
	}

}
