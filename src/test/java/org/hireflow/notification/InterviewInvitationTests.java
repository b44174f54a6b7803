package org.hireflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.interview.InterviewService;
import org.hireflow.interview.Slot;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.security.Roles;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Mailbox;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

/** Invitations, updates and cancellations that calendars on both sides agree on. */
@IntegrationTest
class InterviewInvitationTests {

	@Autowired
	Pipeline pipeline;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	GreenMail smtp;

	@Autowired
	InterviewService interviews;

	@Autowired
	IdentityService identity;

	Mailbox mailbox;

	@BeforeEach
	void setUp() {
		mailbox = new Mailbox(smtp);
		for (String member : List.of("paul", "petra", "pedro")) {
			TestUsers.ensure(identity, member, Roles.GROUP_PANEL);
		}
	}

	@Test
	void invitation_update_and_cancellation_keep_the_uid_raise_the_sequence_and_carry_the_right_time()
			throws Exception {
		var vacancy = pipeline.openVacancy(1);
		String reference = pipeline.apply(vacancy, profile -> profile.language = OfficialLanguage.EN);
		String email = pipeline.application(reference).getCandidate().getEmail();
		pipeline.screen(reference, true);
		pipeline.assess(reference, 80);
		ZonedDateTime brussels = pipeline.schedule(reference);
		ZonedDateTime ottawa = ZonedDateTime.of(brussels.toLocalDate().plusDays(1), java.time.LocalTime.of(9, 30),
				ZoneId.of("America/Toronto"));
		interviews.reschedule(reference, new Slot(ottawa, 45, null, "https://video.example.org/room-7"), "rita");
		interviews.cancel(reference, "rita");
		dispatcher.dispatchDue();

		List<MimeMessage> toCandidate = mailbox.to(email).stream().filter(m -> Mailbox.calendar(m) != null).toList();
		assertThat(toCandidate).hasSize(3);
		VEvent invitation = event(toCandidate.get(0));
		VEvent update = event(toCandidate.get(1));
		VEvent cancellation = event(toCandidate.get(2));

		assertThat(method(toCandidate.get(0))).isEqualTo("REQUEST");
		assertThat(method(toCandidate.get(2))).isEqualTo("CANCEL");
		assertThat(update.getUid()).isEqualTo(invitation.getUid());
		assertThat(cancellation.getUid()).isEqualTo(invitation.getUid());
		assertThat(sequence(invitation)).isZero();
		assertThat(sequence(update)).isEqualTo(1);
		assertThat(sequence(cancellation)).isEqualTo(2);
		assertThat(instant(invitation)).isEqualTo(brussels.toInstant());
		assertThat(instant(update)).isEqualTo(ottawa.toInstant());
		assertThat(invitation.getProperty("DTSTART").orElseThrow().toString()).contains("TZID=Europe/Brussels");
		assertThat(update.getProperty("DTSTART").orElseThrow().toString()).contains("TZID=America/Toronto");
		assertThat(cancellation.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(Mailbox.text(toCandidate.get(1))).contains("Toronto").contains("https://video.example.org/room-7");

		for (String member : List.of("paul", "petra", "pedro")) {
			List<MimeMessage> panel = mailbox.to(member + "@staff.example");
			assertThat(panel).hasSize(3);
			assertThat(event(panel.get(0)).getUid()).isEqualTo(invitation.getUid());
		}
	}

	private static Calendar parse(MimeMessage message) throws Exception {
		return new CalendarBuilder().build(new StringReader(Mailbox.calendar(message)));
	}

	private static VEvent event(MimeMessage message) throws Exception {
		return (VEvent) parse(message).getComponent("VEVENT").orElseThrow();
	}

	private static String method(MimeMessage message) throws Exception {
		return parse(message).getProperty("METHOD").orElseThrow().getValue();
	}

	private static int sequence(VEvent event) {
		return Integer.parseInt(event.getProperty("SEQUENCE").orElseThrow().getValue());
	}

	private static java.time.Instant instant(VEvent event) {
		DtStart<Temporal> start = event.getDateTimeStart();
		return ZonedDateTime.from(start.getDate()).toInstant();
	}

}
