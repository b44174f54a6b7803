package org.hireflow.notification;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatusChanged;
import org.hireflow.application.StatusTokens;
import org.hireflow.candidate.StatusLinksRequested;
import org.hireflow.decision.DecisionService;
import org.hireflow.interview.Interview;
import org.hireflow.interview.InterviewChanged;
import org.hireflow.interview.InterviewService;
import org.hireflow.notification.CalendarInvitations.Invitee;
import org.hireflow.notification.MailComposer.Detail;
import org.hireflow.notification.MailComposer.Link;
import org.hireflow.offer.Offer;
import org.hireflow.offer.OfferSent;
import org.hireflow.offer.OfferService;
import org.hireflow.platform.HireflowProperties;
import org.hireflow.platform.StaffDirectory;
import org.hireflow.platform.process.TaskOverdue;
import org.hireflow.vacancy.ClosingDateExtended;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What each pipeline event tells whom. Runs inside the transaction of the change, so the intent to email
 * commits with it (the outbox) — or not at all.
 */
@Component
class Notifications {

	private final ApplicationService applications;

	private final VacancyService vacancies;

	private final InterviewService interviews;

	private final OfferService offers;

	private final DecisionService decisions;

	private final StaffDirectory staff;

	private final StatusTokens tokens;

	private final MailComposer composer;

	private final CalendarInvitations calendars;

	private final OutboxWriter outbox;

	private final HireflowProperties properties;

	Notifications(ApplicationService applications, VacancyService vacancies, InterviewService interviews,
			OfferService offers, DecisionService decisions, StaffDirectory staff, StatusTokens tokens,
			MailComposer composer, CalendarInvitations calendars, OutboxWriter outbox, HireflowProperties properties) {
		this.applications = applications;
		this.vacancies = vacancies;
		this.interviews = interviews;
		this.offers = offers;
		this.decisions = decisions;
		this.staff = staff;
		this.tokens = tokens;
		this.composer = composer;
		this.calendars = calendars;
		this.outbox = outbox;
		this.properties = properties;
	}

	@EventListener
	void on(ApplicationStatusChanged changed) {
		MailKind kind = MailKind.forOutcome(changed.outcome()).orElse(null);
		if (kind == null) {
			return;
		}
		Application application = applications.get(changed.applicationId());
		Vacancy vacancy = vacancies.get(application.getVacancyId());
		Locale locale = localeOf(application);
		String extra = switch (kind) {
			case INELIGIBLE -> composer.message("mail.rule." + changed.outcomeDetail(), locale);
			case RESERVE_LIST -> decisions.reservePlace(application.getId())
				.map(place -> Formats.date(place.getExpiresAt().atZone(vacancy.getTimeZone()).toLocalDate(), locale))
				.orElse("");
			case APPOINTMENT_CONFIRMED -> offers.of(application.getId())
				.map(offer -> Formats.date(offer.getStartDate(), locale))
				.orElse("");
			default -> "";
		};
		toCandidate(kind, application, vacancy, new Object[] { vacancy.getTitle(), application.getReference(), extra },
				references(application, vacancy), null, null, "app:" + application.getId() + ":" + changed.to() + ":"
						+ changed.outcome().label(changed.outcomeDetail()));
	}

	@EventListener
	void on(InterviewChanged changed) {
		Application application = applications.get(changed.applicationId());
		Vacancy vacancy = vacancies.get(application.getVacancyId());
		Interview interview = interviews.of(application.getId()).orElseThrow();
		boolean cancelled = changed.change() == InterviewChanged.Change.CANCELLED;
		List<Invitee> invitees = new ArrayList<>();
		invitees.add(new Invitee(application.getCandidate().getEmail(), fullName(application)));
		List<StaffDirectory.StaffContact> panel = interview.getPanelMembers()
			.stream()
			.flatMap(member -> staff.contact(member).stream())
			.toList();
		panel.forEach(member -> invitees.add(new Invitee(member.email(), member.name())));
		String summary = vacancy.getTitle() + " – " + application.getReference();
		String calendar = cancelled ? calendars.cancel(interview, summary, invitees)
				: calendars.request(interview, summary, invitees);
		String method = cancelled ? "CANCEL" : "REQUEST";

		Locale locale = localeOf(application);
		MailKind kind = switch (changed.change()) {
			case SCHEDULED -> MailKind.INTERVIEW_INVITATION;
			case RESCHEDULED -> MailKind.INTERVIEW_RESCHEDULED;
			case CANCELLED -> MailKind.INTERVIEW_CANCELLED;
		};
		Object[] args = { vacancy.getTitle(), application.getReference(), "" };
		toCandidate(kind, application, vacancy, args, slot(interview, locale, cancelled), calendar, method,
				"interview:" + application.getId() + ":" + changed.sequence() + ":candidate");
		for (StaffDirectory.StaffContact member : panel) {
			Mail mail = composer.compose(cancelled ? MailKind.PANEL_SLOT_CANCELLED : MailKind.PANEL_SLOT, member.email(),
					member.name(), Locale.ENGLISH, args, slot(interview, Locale.ENGLISH, cancelled), null, calendar,
					method);
			outbox.enqueue("interview:" + application.getId() + ":" + changed.sequence() + ":" + member.userId(),
					application.getId(), mail);
		}
	}

	@EventListener
	void on(OfferSent sent) {
		Application application = applications.get(sent.applicationId());
		Vacancy vacancy = vacancies.get(application.getVacancyId());
		Offer offer = offers.of(application.getId()).orElseThrow();
		Locale locale = localeOf(application);
		List<Detail> details = new ArrayList<>(references(application, vacancy));
		details.add(new Detail("mail.detail.grade", offer.getGrade() + " / " + offer.getStep()));
		details.add(new Detail("mail.detail.start", Formats.date(offer.getStartDate(), locale)));
		details.add(new Detail("mail.detail.expires", Formats.dateTime(offer.getExpiresAt(), vacancy.getTimeZone(), locale)));
		toCandidate(MailKind.OFFER, application, vacancy, new Object[] { vacancy.getTitle(), application.getReference(), "" },
				details, null, null, "offer:" + application.getId() + ":" + offer.getSentAt().toEpochMilli(),
				new Link("mail.link.offer", statusUrl(application)));
	}

	@EventListener
	void on(ClosingDateExtended extended) {
		Vacancy vacancy = vacancies.get(extended.vacancyId());
		for (Application application : applications.running(vacancy.getId())) {
			Locale locale = localeOf(application);
			String closing = Formats.dateTime(extended.closingAt(), vacancy.getTimeZone(), locale);
			toCandidate(MailKind.CLOSING_DATE_EXTENDED, application, vacancy,
					new Object[] { vacancy.getTitle(), application.getReference(), closing },
					references(application, vacancy), null, null,
					"closing:" + application.getId() + ":" + extended.closingAt().toEpochMilli());
		}
	}

	@EventListener
	void on(TaskOverdue overdue) {
		String vacancyTitle = overdue.businessKey();
		try {
			vacancyTitle = vacancies.get(applications.get(overdue.businessKey()).getVacancyId()).getTitle();
		}
		catch (RuntimeException notAnApplication) {
			// a vacancy's own task: its reference says enough
		}
		String due = overdue.due() == null ? "" : Formats.dateTime(overdue.due(), java.time.ZoneOffset.UTC, Locale.ENGLISH);
		Object[] args = { vacancyTitle, overdue.businessKey(), overdue.taskName(), due };
		for (String recipient : overdue.recipients()) {
			staff.contact(recipient).ifPresent(member -> outbox.enqueue(
					"overdue:" + overdue.taskId() + ":" + member.userId() + ":" + overdue.due(), null,
					composer.compose(MailKind.TASK_OVERDUE, member.email(), member.name(), Locale.ENGLISH, args,
							List.of(new Detail("mail.detail.task", overdue.taskName()),
									new Detail("mail.detail.due", due)),
							new Link("mail.link.tasklist", base() + "/camunda/app/tasklist/"), null, null)));
		}
	}

	/** Sends a candidate the links to every application page of theirs (they lost the email). */
	@EventListener
	void on(StatusLinksRequested requested) {
		String idempotencyKey = requested.idempotencyKey();
		Locale locale = requested.locale();
		List<Application> own = applications.ofCandidate(requested.email());
		if (own.isEmpty()) {
			return;
		}
		StringBuilder links = new StringBuilder();
		for (Application application : own) {
			links.append(application.getReference()).append(": ").append(statusUrl(application)).append('\n');
		}
		Application latest = own.get(0);
		outbox.enqueue(idempotencyKey, null,
				composer.compose(MailKind.STATUS_LINKS, latest.getCandidate().getEmail(), fullName(latest), locale,
						new Object[] { links.toString().strip() }, List.of(), null, null, null));
	}

	private void toCandidate(MailKind kind, Application application, Vacancy vacancy, Object[] args,
			List<Detail> details, String calendar, String method, String key) {
		toCandidate(kind, application, vacancy, args, details, calendar, method, key,
				new Link("mail.link.status", statusUrl(application)));
	}

	private void toCandidate(MailKind kind, Application application, Vacancy vacancy, Object[] args,
			List<Detail> details, String calendar, String method, String key, Link link) {
		Mail mail = composer.compose(kind, application.getCandidate().getEmail(), fullName(application),
				localeOf(application), args, details, link, calendar, method);
		outbox.enqueue(key, application.getId(), mail);
	}

	private List<Detail> references(Application application, Vacancy vacancy) {
		return List.of(new Detail("mail.detail.vacancy", vacancy.getReference() + " – " + vacancy.getTitle()),
				new Detail("mail.detail.reference", application.getReference()));
	}

	private static List<Detail> slot(Interview interview, Locale locale, boolean cancelled) {
		List<Detail> details = new ArrayList<>();
		details.add(new Detail("mail.detail.when", Formats.dateTime(interview.getStartsAt(), locale)));
		if (!cancelled) {
			details.add(new Detail("mail.detail.duration", interview.getDurationMinutes() + " min"));
			if (interview.getLocation() != null) {
				details.add(new Detail("mail.detail.where", interview.getLocation()));
			}
			if (interview.getVideoLink() != null) {
				details.add(new Detail("mail.detail.video", interview.getVideoLink()));
			}
		}
		return details;
	}

	private String statusUrl(Application application) {
		return base() + "/status/" + tokens.tokenFor(application);
	}

	private String base() {
		URI base = properties.publicBaseUrl();
		return base.toString().replaceAll("/$", "");
	}

	private static Locale localeOf(Application application) {
		return application.getCandidate().getCorrespondenceLanguage().locale();
	}

	private static String fullName(Application application) {
		return application.getCandidate().getGivenName() + " " + application.getCandidate().getFamilyName();
	}

}
