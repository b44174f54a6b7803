package org.hireflow.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.ApplicationStatusChanged;
import org.hireflow.application.Outcome;
import org.hireflow.platform.PipelineSettings;
import org.hireflow.platform.domain.Actor;
import org.hireflow.platform.domain.NotFound;
import org.hireflow.platform.domain.RuleViolated;
import org.hireflow.vacancy.VacancyService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offers from approval to answer, their ends, and the appointment. */
@Service
public class OfferService {

	private final Offers offers;

	private final ApplicationService applications;

	private final VacancyService vacancies;

	private final OfferWorkflow workflow;

	private final ApplicationEventPublisher publisher;

	private final PipelineSettings settings;

	private final StartDateChanges startDateChanges;

	private final Clock clock;

	OfferService(Offers offers, StartDateChanges startDateChanges, ApplicationService applications,
			VacancyService vacancies, OfferWorkflow workflow, ApplicationEventPublisher publisher,
			PipelineSettings settings, Clock clock) {
		this.offers = offers;
		this.startDateChanges = startDateChanges;
		this.applications = applications;
		this.vacancies = vacancies;
		this.workflow = workflow;
		this.publisher = publisher;
		this.settings = settings;
		this.clock = clock;
	}

	public void check(OfferTerms terms) {
		if (terms.grade() == null || !terms.grade().matches("[ABCL]\\.[1-7]")) {
			throw new RuleViolated("rule.grade", "The grade must look like A.2.");
		}
		if (terms.step() < 1 || terms.step() > 15) {
			throw new RuleViolated("rule.step", "The step must be from 1 to 15.");
		}
		checkStartDate(terms.startDate());
	}

	private void checkStartDate(LocalDate startDate) {
		LocalDate today = LocalDate.now(clock);
		if (startDate == null || !startDate.isAfter(today) || startDate.isAfter(today.plusYears(2))) {
			throw new RuleViolated("rule.start-date", "The start date must be in the future and within two years.");
		}
	}

	/**
	 * HR moves the start date of an offer that stands (approved, sent or accepted), with
	 * a reason; the clearances' due dates follow ({@link OfferStartDateMoved}). Moving it
	 * to the date it already has changes nothing.
	 */
	@Transactional
	public Offer moveStartDate(String applicationReference, LocalDate to, String reason, String hrOfficer) {
		checkStartDate(to);
		if (reason == null || reason.isBlank()) {
			throw new RuleViolated("rule.start-date-reason", "Moving the start date needs a reason.");
		}
		Application application = applications.get(applicationReference);
		Offer offer = get(application.getId());
		LocalDate from = offer.getStartDate();
		if (from.equals(to)) {
			return offer;
		}
		offer.moveStartDate(to);
		StartDateChange change = startDateChanges
			.save(new StartDateChange(application.getId(), from, to, reason.strip(), hrOfficer, clock.instant()));
		publisher.publishEvent(new OfferStartDateMoved(application.getId(), application.getReference(), from, to,
				change.getReason(), hrOfficer, change.getChangedAt()));
		return offer;
	}

	/** Every move of the offer's start date, oldest first. */
	@Transactional(readOnly = true)
	public List<StartDateChange> startDateChanges(long applicationId) {
		return startDateChanges.findByApplicationIdOrderByChangedAtAscIdAsc(applicationId);
	}

	@Transactional
	public Offer approve(long applicationId, OfferTerms terms, String hrOfficer) {
		check(terms);
		return offers.save(new Offer(applicationId, terms, hrOfficer, clock.instant()));
	}

	@Transactional
	public Offer send(long applicationId) {
		Offer offer = get(applicationId);
		offer.send(clock.instant(), settings.offerValidity());
		Application application = applications.get(applicationId);
		publisher.publishEvent(new OfferSent(applicationId, application.getReference(),
				vacancies.get(application.getVacancyId()).facts(), application.candidateFacts(), offer.getGrade(),
				offer.getStep(), offer.getStartDate(), offer.getSentAt(), offer.getExpiresAt()));
		return offer;
	}

	/**
	 * The candidate's answer. Counts once: the same answer again changes nothing, another
	 * answer or a late one is refused.
	 */
	@Transactional
	public Offer answer(String applicationReference, boolean accepted) {
		Application application = applications.get(applicationReference);
		Offer offer = get(application.getId());
		if (offer.answer(accepted, clock.instant())) {
			if (accepted) {
				applications.transition(application.getId(), Outcome.OFFER_ACCEPTED, Actor.CANDIDATE, null);
			}
			workflow.answered(applicationReference, accepted);
		}
		return offer;
	}

	/**
	 * The offer fell through: declined, expired, or withdrawn after a failed clearance.
	 */
	@Transactional
	public void end(long applicationId, Outcome outcome, String reason) {
		Offer.Status offerStatus = switch (outcome) {
			case OFFER_DECLINED -> Offer.Status.DECLINED;
			case OFFER_EXPIRED -> Offer.Status.EXPIRED;
			case OFFER_WITHDRAWN -> Offer.Status.WITHDRAWN;
			default -> throw new IllegalArgumentException("not an end of an offer: " + outcome);
		};
		offers.findById(applicationId).ifPresent(offer -> offer.end(offerStatus));
		applications.transition(applicationId, outcome, Actor.SYSTEM, reason);
	}

	/** Both clearances are through: hired, and the vacancy counts the post as filled. */
	@Transactional
	public void confirmAppointment(long applicationId) {
		Application application = applications.get(applicationId);
		applications.transition(applicationId, Outcome.APPOINTMENT_CONFIRMED, Actor.SYSTEM, null);
		vacancies.recordHire(application.getVacancyId());
	}

	@Transactional(readOnly = true)
	public Optional<Offer> of(long applicationId) {
		return offers.findById(applicationId);
	}

	/** A candidate who withdraws during the offer withdraws the offer with them. */
	@EventListener
	void on(ApplicationStatusChanged changed) {
		if (changed.to() == ApplicationStatus.WITHDRAWN || changed.to() == ApplicationStatus.VACANCY_CANCELLED) {
			offers.findById(changed.applicationId()).ifPresent(offer -> offer.end(Offer.Status.WITHDRAWN));
		}
	}

	private Offer get(long applicationId) {
		return offers.findById(applicationId).orElseThrow(() -> new NotFound("Offer", String.valueOf(applicationId)));
	}

}
