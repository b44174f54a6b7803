package org.hireflow.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hireflow.platform.domain.NotFound;
import org.hireflow.vacancy.VacancyCancelled;
import org.hireflow.vacancy.VacancyService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an application's status changes after intake: the status, the audit event
 * and the {@link ApplicationStatusChanged} event are written in the caller's transaction.
 */
@Service
public class ApplicationService {

	private final Applications applications;

	private final ApplicationEvents events;

	private final ApplicationEventPublisher publisher;

	private final ApplicationWorkflow workflow;

	private final Clock clock;

	private final VacancyService vacancies;

	ApplicationService(Applications applications, ApplicationEvents events, ApplicationEventPublisher publisher,
			ApplicationWorkflow workflow, VacancyService vacancies, Clock clock) {
		this.vacancies = vacancies;
		this.applications = applications;
		this.events = events;
		this.publisher = publisher;
		this.workflow = workflow;
		this.clock = clock;
	}

	/**
	 * Moves the application where {@code outcome} leads. The same outcome again is a
	 * no-op, so that a retried step does not write its audit event twice.
	 */
	@Transactional
	public Application transition(long applicationId, Outcome outcome, String actor, String reason) {
		return transition(applicationId, outcome, null, actor, reason);
	}

	/**
	 * As {@link #transition(long, Outcome, String, String)}, with what the outcome needs
	 * besides (a failed rule).
	 */
	@Transactional
	public Application transition(long applicationId, Outcome outcome, String detail, String actor, String reason) {
		Application application = get(applicationId);
		if (application.getStatus() == outcome.leadsTo() && outcome.label(detail).equals(lastOutcome(applicationId))) {
			return application;
		}
		Instant now = clock.instant();
		ApplicationStatus from = application.getStatus();
		events.save(application.moveTo(outcome, detail, actor, reason, now));
		publisher.publishEvent(new ApplicationStatusChanged(application.getId(), application.getReference(),
				vacancies.get(application.getVacancyId()).facts(), application.candidateFacts(), from,
				outcome.leadsTo(), outcome, detail, reason, actor, now));
		return application;
	}

	/**
	 * The candidate (or staff on their behalf) withdraws the application; refused once it
	 * is final. Not in a transaction of ours: the engine delivers the withdrawal in its
	 * own, so that a second letter racing the first is told apart as the same withdrawal
	 * ({@code WaitingMessages}) and does not leave our transaction rollback-only.
	 */
	public void withdraw(String reference, String actor) {
		Application application = get(reference);
		if (application.getStatus().isFinal()) {
			throw new ApplicationClosed(application.getReference(), application.getStatus());
		}
		workflow.withdraw(application, actor);
	}

	/**
	 * Records a withdrawal the process has accepted.
	 * @return whether the candidate held an offer, so that the post goes to the next on
	 * the reserve list
	 */
	@Transactional
	public boolean recordWithdrawal(long applicationId, String actor) {
		ApplicationStatus before = get(applicationId).getStatus();
		transition(applicationId, Outcome.WITHDRAWN, actor, null);
		return before == ApplicationStatus.OFFER || before == ApplicationStatus.CLEARANCE;
	}

	/** Every running application of a cancelled vacancy ends with it. */
	@EventListener
	void on(VacancyCancelled cancelled) {
		running(cancelled.vacancyId()).forEach(workflow::vacancyCancelled);
	}

	/** The applications of a vacancy that have not reached a final status. */
	@Transactional(readOnly = true)
	public List<Application> running(long vacancyId) {
		return applications.findByVacancyIdAndStatusNotIn(vacancyId, ApplicationStatus.finals());
	}

	/** Every application of the candidate with this (normalised) email address. */
	@Transactional(readOnly = true)
	public List<Application> ofCandidate(String email) {
		return applications.findByCandidateEmail(EmailAddresses.normalise(email));
	}

	/** Every application of one candidate. */
	@Transactional(readOnly = true)
	public List<Application> ofCandidateId(long candidateId) {
		return applications.findByCandidateId(candidateId);
	}

	@Transactional(readOnly = true)
	public Application get(long applicationId) {
		return applications.findById(applicationId)
			.orElseThrow(() -> new NotFound("Application", String.valueOf(applicationId)));
	}

	/**
	 * The application with this reference, if there is one (a business key may also be a
	 * vacancy's).
	 */
	@Transactional(readOnly = true)
	public Optional<Application> find(String reference) {
		return applications.findByReference(reference);
	}

	@Transactional(readOnly = true)
	public Application get(String reference) {
		return applications.findByReference(reference).orElseThrow(() -> new NotFound("Application", reference));
	}

	@Transactional(readOnly = true)
	public List<ApplicationEvent> history(long applicationId) {
		return events.findByApplicationIdOrderByOccurredAtAscIdAsc(applicationId);
	}

	@Transactional(readOnly = true)
	public Page<Application> search(Long vacancyId, ApplicationStatus status, Pageable pageable) {
		return applications.search(vacancyId, status, pageable);
	}

	/**
	 * Writes to the application's audit trail something that happened without changing
	 * its status (a panel member's declaration of interests, HR's appointment of a
	 * substitute). No candidate sees it, and no email follows.
	 * @param what what happened, in a few words ({@code conflict declared})
	 * @param detail what was said, cut to the trail's 1000 characters
	 */
	@Transactional
	public void note(long applicationId, String what, String actor, String detail) {
		events.save(get(applicationId).noted(what, actor,
				detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…", clock.instant()));
	}

	private String lastOutcome(long applicationId) {
		List<ApplicationEvent> trail = history(applicationId).stream().filter(e -> !e.isNote()).toList();
		return trail.isEmpty() ? null : trail.get(trail.size() - 1).getOutcome();
	}

}
