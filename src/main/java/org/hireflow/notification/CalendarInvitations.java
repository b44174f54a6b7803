package org.hireflow.notification;

import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import org.hireflow.candidate.InterviewCalendar;
import org.hireflow.interview.InterviewFacts;
import org.hireflow.interview.Slot;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;

/**
 * iCalendar objects for interviews, built with ical4j (RFC 5545/5546): one event per
 * interview whose UID never changes; each change raises SEQUENCE, so calendars replace
 * the earlier version; a cancellation is METHOD:CANCEL with STATUS:CANCELLED. Times carry
 * the interview's time zone (with its VTIMEZONE).
 */
@Component
class CalendarInvitations implements InterviewCalendar {

	/** Someone invited: an address and the name a calendar shows. */
	record Invitee(String email, String name) {
	}

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final MailSettings settings;

	private final Clock clock;

	CalendarInvitations(MailSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * What a calendar calls the interview, in the emails and on the status page alike.
	 */
	static String summary(String vacancyTitle, String applicationReference) {
		return vacancyTitle + " – " + applicationReference;
	}

	@Override
	public String forCandidate(InterviewFacts interview, String vacancyTitle, String applicationReference, String email,
			String name) {
		return request(interview, summary(vacancyTitle, applicationReference), List.of(new Invitee(email, name)));
	}

	String request(InterviewFacts interview, String summary, List<Invitee> invitees) {
		return build(interview, summary, invitees, ImmutableMethod.REQUEST);
	}

	String cancel(InterviewFacts interview, String summary, List<Invitee> invitees) {
		return build(interview, summary, invitees, ImmutableMethod.CANCEL);
	}

	private String build(InterviewFacts interview, String summary, List<Invitee> invitees, Method method) {
		Slot slot = interview.slot();
		ZonedDateTime start = slot.startsAt();
		ZonedDateTime end = start.plusMinutes(slot.durationMinutes());
		VEvent event = new VEvent(start, end, summary);
		event.add(new Uid(interview.uid()));
		event.add(new Sequence(Math.max(interview.sequence(), 0)));
		event.add(new DtStamp(clock.instant()));
		event.add(new Organizer(URI.create("mailto:" + settings.from())).add(new Cn(settings.fromName())));
		event.add(
				method == ImmutableMethod.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		if (slot.location() != null) {
			event.add(new Location(slot.location()));
		}
		if (slot.videoLink() != null) {
			event.add(new Url(URI.create(slot.videoLink())));
			if (slot.location() == null) {
				event.add(new Location(slot.videoLink()));
			}
		}
		for (Invitee invitee : invitees) {
			event.add(new Attendee(URI.create("mailto:" + invitee.email())).add(Role.REQ_PARTICIPANT)
				.add(Rsvp.FALSE)
				.add(new Cn(SmtpSender.flatten(invitee.name()))));
		}
		VTimeZone zone = zones.getTimeZone(start.getZone().getId()).getVTimeZone();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//hireflow//interviews//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		calendar.add(zone);
		calendar.add(event);
		return calendar.toString();
	}

}
