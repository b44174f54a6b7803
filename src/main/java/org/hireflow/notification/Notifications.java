package org.hireflow.notification;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatusChanged;
import org.hireflow.application.CandidateFacts;
import org.hireflow.application.StatusTokens;
import org.hireflow.candidate.StatusLinksRequested;
import org.hireflow.decision.DecisionService;
import org.hireflow.interview.InterviewChanged;
import org.hireflow.interview.InterviewFacts;
import org.hireflow.notification.CalendarInvitations.Invitee;
import org.hireflow.notification.MailComposer.Detail;
import org.hireflow.notification.MailComposer.Link;
import org.hireflow.offer.OfferSent;
import org.hireflow.offer.OfferService;
import org.hireflow.platform.HireflowProperties;
import org.hireflow.platform.StaffDirectory;
import org.hireflow.platform.process.TaskOverdue;
import org.hireflow.vacancy.ClosingDateExtended;
import org.hireflow.vacancy.VacancyFacts;
import org.hireflow.vacancy.VacancyService;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What each pipeline event tells whom. Every listener runs after the change has
 * committed, on a thread of its own ({@link MailComposition}: the request or job that
 * made the change neither waits for the email nor holds its database connection
 * meanwhile), in a transaction of its own (recorded by the event publication registry),
 * from the facts the event carries: a failing template or a missing text never undoes an
 * application or a decision — the event publication stays incomplete in the registry, for
 * an operator to resubmit ({@code POST /api/event-publications/resubmission}). What it
 * writes is the outbox row, sent from there.
 */
@Component
class Notifications {

	private final ApplicationService applications;

	private final DecisionService decisions;

	private final OfferService offers;

	private final StaffDirectory staff;

	private final StatusTokens tokens;

	private final MailComposer composer;

	private final CalendarInvitations calendars;

	private final OutboxWriter outbox;

	private final HireflowProperties properties;

	private final VacancyService vacancies;

	Notifications(ApplicationService applications, VacancyService vacancies, DecisionService decisions,
			OfferService offers, StaffDirectory staff, StatusTokens tokens, MailComposer composer,
			CalendarInvitations calendars, OutboxWriter outbox, HireflowProperties properties) {
		this.applications = applications;
		this.vacancies = vacancies;
		this.decisions = decisions;
		this.offers = offers;
		this.staff = staff;
		this.tokens = tokens;
		this.composer = composer;
		this.calendars = calendars;
		this.outbox = outbox;
		this.properties = properties;
	}

	@Async(MailComposition.EXECUTOR)
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ApplicationStatusChanged changed) {
		MailKind kind = MailKind.forOutcome(changed.outcome()).orElse(null);
		if (kind == null) {
			return;
		}
		VacancyFacts vacancy = changed.vacancy();
		Locale locale = changed.candidate().language().locale();
		String extra = switch (kind) {
			case INELIGIBLE -> composer.message("mail.rule." + changed.outcomeDetail(), locale,
					IneligibilityExplained.arguments(applications.get(changed.applicationId()).getProfile(),
							vacancies.get(vacancy.id()).getRequirements(), locale, composer));
			case RESERVE_LIST -> decisions.reservePlace(changed.applicationId())
				.map(place -> Formats.date(place.getExpiresAt().atZone(vacancy.timeZone()).toLocalDate(), locale))
				.orElse("");
			case APPOINTMENT_CONFIRMED ->
				offers.of(changed.applicationId()).map(offer -> Formats.date(offer.getStartDate(), locale)).orElse("");
			default -> "";
		};
		toCandidate(kind, changed.applicationId(), changed.reference(), changed.candidate(), vacancy,
				new Object[] { vacancy.title(), changed.reference(), extra }, references(changed.reference(), vacancy),
				null, null,
				"app:" + changed.applicationId() + ":" + changed.to() + ":"
						+ changed.outcome().label(changed.outcomeDetail()),
				new Link("mail.link.status", statusUrl(changed.reference())));
	}

	@Async(MailComposition.EXECUTOR)
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InterviewChanged changed) {
		InterviewFacts interview = changed.interview();
		boolean cancelled = changed.change() == InterviewChanged.Change.CANCELLED;
		List<Invitee> invitees = new ArrayList<>();
		invitees.add(new Invitee(changed.candidate().email(), changed.candidate().name()));
		List<StaffDirectory.StaffContact> panel = interview.panel()
			.stream()
			.flatMap(member -> staff.contact(member).stream())
			.toList();
		panel.forEach(member -> invitees.add(new Invitee(member.email(), member.name())));
		String summary = CalendarInvitations.summary(changed.vacancy().title(), changed.reference());
		String calendar = cancelled ? calendars.cancel(interview, summary, invitees)
				: calendars.request(interview, summary, invitees);
		String method = cancelled ? "CANCEL" : "REQUEST";

		Locale locale = changed.candidate().language().locale();
		MailKind kind = switch (changed.change()) {
			case SCHEDULED -> MailKind.INTERVIEW_INVITATION;
			case RESCHEDULED -> MailKind.INTERVIEW_RESCHEDULED;
			case CANCELLED -> MailKind.INTERVIEW_CANCELLED;
		};
		Object[] args = { changed.vacancy().title(), changed.reference(), "" };
		String key = "interview:" + changed.applicationId() + ":" + interview.sequence();
		toCandidate(kind, changed.applicationId(), changed.reference(), changed.candidate(), changed.vacancy(), args,
				slot(interview, locale, cancelled), calendar, method, key + ":candidate",
				new Link("mail.link.status", statusUrl(changed.reference())));
		for (StaffDirectory.StaffContact member : panel) {
			Mail mail = composer.compose(cancelled ? MailKind.PANEL_SLOT_CANCELLED : MailKind.PANEL_SLOT,
					member.email(), member.name(), member.language(), args,
					slot(interview, member.language(), cancelled), null, calendar, method);
			outbox.enqueue(key + ":" + member.userId(), changed.applicationId(), mail);
		}
	}

	@Async(MailComposition.EXECUTOR)
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(OfferSent sent) {
		Locale locale = sent.candidate().language().locale();
		List<Detail> details = new ArrayList<>(references(sent.reference(), sent.vacancy()));
		details.add(new Detail("mail.detail.grade", sent.grade() + " / " + sent.step()));
		details.add(new Detail("mail.detail.start", Formats.date(sent.startDate(), locale)));
		details.add(new Detail("mail.detail.expires",
				Formats.dateTime(sent.expiresAt(), sent.vacancy().timeZone(), locale)));
		toCandidate(MailKind.OFFER, sent.applicationId(), sent.reference(), sent.candidate(), sent.vacancy(),
				new Object[] { sent.vacancy().title(), sent.reference(), "" }, details, null, null,
				"offer:" + sent.applicationId() + ":" + sent.sentAt().toEpochMilli(),
				new Link("mail.link.offer", statusUrl(sent.reference())));
	}

	/**
	 * A fan-out: every candidate still in the competition is told (the event cannot carry
	 * them all).
	 */
	@Async(MailComposition.EXECUTOR)
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ClosingDateExtended extended) {
		for (Application application : applications.running(extended.vacancy().id())) {
			CandidateFacts candidate = application.candidateFacts();
			Locale locale = candidate.language().locale();
			String closing = Formats.dateTime(extended.closingAt(), extended.vacancy().timeZone(), locale);
			toCandidate(MailKind.CLOSING_DATE_EXTENDED, application.getId(), application.getReference(), candidate,
					extended.vacancy(),
					new Object[] { extended.vacancy().title(), application.getReference(), closing },
					references(application.getReference(), extended.vacancy()), null, null,
					"closing:" + application.getId() + ":" + extended.closingAt().toEpochMilli(),
					new Link("mail.link.status", statusUrl(application.getReference())));
		}
	}

	@Async(MailComposition.EXECUTOR)
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(TaskOverdue overdue) {
		// an application's task names its vacancy; a vacancy's own task is named by its
		// reference
		String title = applications.find(overdue.businessKey())
			.map(application -> vacancies.get(application.getVacancyId()).getTitle())
			.orElse(overdue.businessKey());
		for (String recipient : overdue.recipients()) {
			staff.contact(recipient).ifPresent(member -> {
				String due = overdue.due() == null ? ""
						: Formats.dateTime(overdue.due(), ZoneOffset.UTC, member.language());
				// the step in the member's language where the bundle names it
				String step = composer.messageOr("task.step." + overdue.taskKey(), overdue.taskName(),
						member.language());
				Object[] args = { title, overdue.businessKey(), step, due };
				outbox.enqueue("overdue:" + overdue.taskId() + ":" + member.userId() + ":" + overdue.due(), null,
						composer.compose(MailKind.TASK_OVERDUE, member.email(), member.name(), member.language(), args,
								List.of(new Detail("mail.detail.task", step), new Detail("mail.detail.due", due)),
								new Link("mail.link.tasklist", base() + "/camunda/app/tasklist/"), null, null));
			});
		}
	}

	/**
	 * The higher and the lower language level of the notice, as roman numerals: what a
	 * notice that states its languages either way round requires.
	 */
	/**
	 * Sends a candidate the links to every application page of theirs (they lost the
	 * email).
	 */
	@Async(MailComposition.EXECUTOR)
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(StatusLinksRequested requested) {
		List<Application> own = applications.ofCandidate(requested.email());
		if (own.isEmpty()) {
			return;
		}
		StringBuilder links = new StringBuilder();
		for (Application application : own) {
			links.append(application.getReference())
				.append(": ")
				.append(statusUrl(application.getReference()))
				.append('\n');
		}
		// in the language the candidate chose to be written in, not the one of the page
		// the request came from (anyone can ask for anyone's links)
		CandidateFacts candidate = own.get(0).candidateFacts();
		outbox.enqueue(requested.idempotencyKey(), null,
				composer.compose(MailKind.STATUS_LINKS, candidate.email(), candidate.name(),
						candidate.language().locale(), new Object[] { links.toString().strip() }, List.of(), null, null,
						null));
	}

	private void toCandidate(MailKind kind, long applicationId, String reference, CandidateFacts candidate,
			VacancyFacts vacancy, Object[] args, List<Detail> details, String calendar, String method, String key,
			Link link) {
		Mail mail = composer.compose(kind, candidate.email(), candidate.name(), candidate.language().locale(), args,
				details, link, calendar, method);
		outbox.enqueue(key, applicationId, mail);
	}

	private static List<Detail> references(String reference, VacancyFacts vacancy) {
		return List.of(new Detail("mail.detail.vacancy", vacancy.reference() + " – " + vacancy.title()),
				new Detail("mail.detail.reference", reference));
	}

	private static List<Detail> slot(InterviewFacts interview, Locale locale, boolean cancelled) {
		List<Detail> details = new ArrayList<>();
		details.add(new Detail("mail.detail.when", Formats.dateTime(interview.slot().startsAt(), locale)));
		if (!cancelled) {
			details.add(new Detail("mail.detail.duration", interview.slot().durationMinutes() + " min"));
			if (interview.slot().location() != null) {
				details.add(new Detail("mail.detail.where", interview.slot().location()));
			}
			if (interview.slot().videoLink() != null) {
				details.add(new Detail("mail.detail.video", interview.slot().videoLink()));
			}
		}
		return details;
	}

	private String statusUrl(String reference) {
		return base() + "/status/" + tokens.tokenFor(reference);
	}

	private String base() {
		URI base = properties.publicBaseUrl();
		return base.toString().replaceAll("/$", "");
	}

}
