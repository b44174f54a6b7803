package org.hireflow.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hireflow.diversity.SelfIdentifications;
import org.hireflow.memberstate.MemberStateService;
import org.hireflow.platform.HireflowProperties;
import org.hireflow.platform.domain.Actor;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.hireflow.vacancy.VacancyStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an application in one transaction: the candidate (matched by normalised email,
 * never overwritten), the application with what this submission said, its CV, the first
 * audit event and the start of its process. Either all of it is stored or none.
 */
@Service
public class IntakeService {

	private final VacancyService vacancies;

	private final Candidates candidates;

	private final Applications applications;

	private final ApplicationCvs cvs;

	private final ApplicationEvents events;

	private final IntakeIdempotencyKeys idempotencyKeys;

	private final ApplicationWorkflow workflow;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final HireflowProperties properties;

	private final MemberStateService memberStates;

	private final SelfIdentifications selfIdentifications;

	IntakeService(VacancyService vacancies, Candidates candidates, Applications applications, ApplicationCvs cvs,
			ApplicationEvents events, IntakeIdempotencyKeys idempotencyKeys, ApplicationWorkflow workflow,
			ApplicationEventPublisher publisher, Clock clock, HireflowProperties properties,
			MemberStateService memberStates, SelfIdentifications selfIdentifications) {
		this.vacancies = vacancies;
		this.candidates = candidates;
		this.applications = applications;
		this.cvs = cvs;
		this.events = events;
		this.idempotencyKeys = idempotencyKeys;
		this.workflow = workflow;
		this.publisher = publisher;
		this.clock = clock;
		this.properties = properties;
		this.memberStates = memberStates;
		this.selfIdentifications = selfIdentifications;
	}

	/**
	 * The outcome of a submission; {@code replayed} when an Idempotency-Key matched an
	 * earlier one.
	 */
	public record Receipt(Application application, boolean replayed) {
	}

	/**
	 * @param idempotencyKey optional; with the same key and the same request, the first
	 * result is returned
	 * @param fingerprint a digest of the request as sent, to tell a retry from a
	 * different submission
	 */
	@Transactional
	public Receipt submit(String vacancyReference, Submission submission, Optional<Cv> cv, String idempotencyKey,
			String fingerprint) {
		Instant now = clock.instant();
		String reference = nextReference();
		if (idempotencyKey != null && !idempotencyKeys.claim(idempotencyKey, fingerprint, reference, now)) {
			return replay(idempotencyKey, fingerprint);
		}
		Vacancy vacancy = vacancies.get(vacancyReference);
		if (!vacancy.acceptsApplicationsAt(now)) {
			throw IntakeRefused.applicationsClosed(vacancyReference, vacancy.getClosingAt(), vacancy.getTimeZone(),
					vacancy.getStatus() == VacancyStatus.PUBLISHED);
		}
		refuseNonMemberChoiceOfDualNational(submission.profile(), now);
		List<Map<String, Object>> answerErrors = AnswerRules.check(vacancy.getQuestions(), submission.answers());
		if (!answerErrors.isEmpty()) {
			throw IntakeRefused.invalidAnswers(answerErrors);
		}
		String email = EmailAddresses.normalise(submission.email());
		Candidate candidate = candidates.findByEmail(email)
			.orElseGet(() -> candidates
				.saveAndFlush(new Candidate(email, submission.profile(), submission.correspondenceLanguage(), now)));
		if (applications.existsByVacancyIdAndCandidateId(vacancy.getId(), candidate.getId())) {
			throw IntakeRefused.alreadyApplied(vacancyReference, email);
		}
		Application application = applications.saveAndFlush(new Application(reference, vacancy.getId(), candidate,
				submission.profile(), submission.answers(), now));
		cv.ifPresent(file -> cvs.save(new ApplicationCv(application.getId(), file)));
		selfIdentifications.record(application.getId(), submission.gender(), now);
		events.save(application.submitted(Actor.CANDIDATE));
		application.startedAs(workflow.start(application, vacancy.facts()));
		publisher.publishEvent(new ApplicationStatusChanged(application.getId(), application.getReference(),
				vacancy.facts(), application.candidateFacts(), null, ApplicationStatus.SUBMITTED, Outcome.SUBMITTED,
				null, null, Actor.CANDIDATE, now));
		return new Receipt(application, false);
	}

	/**
	 * A candidate applying under a nationality that is not a member state's, who holds
	 * one that is, is told at the door which one to choose. One who holds none is taken
	 * and refused by the eligibility decision, with its explanation.
	 */
	private void refuseNonMemberChoiceOfDualNational(CandidateProfile profile, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		if (memberStates.memberOn(profile.appliedNationality(), today)) {
			return;
		}
		memberStates.firstMemberAmong(profile.nationalities(), today).ifPresent(member -> {
			throw IntakeRefused.memberNationalityNotChosen(profile.appliedNationality(), member);
		});
	}

	/**
	 * The first request that used this key won (its row was inserted in its own
	 * transaction, which has committed by now: the insert waited for it). The same
	 * request gets the same application; a different one is refused.
	 */
	private Receipt replay(String idempotencyKey, String fingerprint) {
		IntakeIdempotencyKey key = idempotencyKeys.findById(idempotencyKey).orElseThrow();
		if (!key.sameRequest(fingerprint)) {
			throw IntakeRefused.idempotencyKeyReused();
		}
		return new Receipt(applications.findByReference(key.getApplicationReference()).orElseThrow(), true);
	}

	/** Idempotency keys are remembered for a week (configurable), then forgotten. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	public void forgetOldIdempotencyKeys() {
		idempotencyKeys.deleteCreatedBefore(clock.instant().minus(properties.intake().idempotencyKeyTtl()));
	}

	private String nextReference() {
		return "AP-%d-%06d".formatted(Year.now(clock.withZone(ZoneOffset.UTC)).getValue(),
				applications.nextReferenceNumber());
	}

}
