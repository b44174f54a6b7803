package org.hireflow.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;

import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.StatusTokens;
import org.hireflow.notification.MailDispatcher;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.testing.Browser;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Mailbox;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The candidate's status page: what the signed link opens, and what it refuses. */
@IntegrationTest
class StatusPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	StatusTokens tokens;

	@Autowired
	TestClock clock;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	GreenMail smtp;

	Browser browser;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		browser = new Browser(port);
		vacancy = pipeline.openVacancy(1);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	String link(String reference) {
		return "/status/" + tokens.tokenFor(pipeline.application(reference));
	}

	@Test
	void the_link_opens_the_page_in_the_candidates_language_with_the_stage_and_what_comes_next() {
		String reference = pipeline.apply(vacancy, profile -> profile.language = OfficialLanguage.FR);

		var page = browser.open(link(reference));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains(reference)
			.contains("Éligible ; les recruteurs examinent votre candidature.")
			.contains("Si vous êtes présélectionné(e)");
	}

	@Test
	void each_link_opens_in_its_candidates_language_whatever_another_candidates_page_left_in_the_browser() {
		String english = pipeline.apply(vacancy, profile -> profile.language = OfficialLanguage.EN);
		String french = pipeline.apply(vacancy, profile -> profile.language = OfficialLanguage.FR);
		// a switch on the English candidate's page leaves a one-year language cookie
		assertThat(browser.open(link(english) + "?lang=en").header("Set-Cookie")).contains("hireflow-lang=en");

		var page = browser.open(link(french));
		var withdrawal = browser.open(link(french) + "/withdraw");
		var switched = browser.open(link(french) + "?lang=en");

		assertThat(page.text()).containsPattern("<html[^>]* lang=\"fr\"")
			.contains("Éligible ; les recruteurs examinent votre candidature.");
		assertThat(withdrawal.text()).as("a page opened directly").containsPattern("<html[^>]* lang=\"fr\"");
		assertThat(switched.text()).as("a switch on the page itself").containsPattern("<html[^>]* lang=\"en\"");
		assertThat(browser.open(link(english)).text()).containsPattern("<html[^>]* lang=\"en\"");
	}

	@Test
	void at_the_interview_stage_the_page_says_when_and_where_and_offers_the_calendar_entry_again() {
		String reference = pipeline.apply(vacancy, profile -> profile.language = OfficialLanguage.FR);
		pipeline.screen(reference, true);
		pipeline.assess(reference, 80);
		var startsAt = pipeline.schedule(reference);

		var page = browser.open(link(reference));
		var calendar = browser.open(link(reference) + "/interview.ics");

		assertThat(page.text()).contains("Votre entretien")
			.contains(startsAt.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")))
			.contains("Europe/Brussels")
			.contains(String.valueOf(startsAt.getYear()))
			.contains("Boulevard Léopold III, Brussels, room 3")
			.contains(link(reference) + "/interview.ics");
		assertThat(calendar.status()).isEqualTo(200);
		assertThat(calendar.header("Content-Type")).startsWith("text/calendar");
		assertThat(calendar.text()).contains("BEGIN:VEVENT")
			.contains("TZID=Europe/Brussels")
			.contains(startsAt.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")))
			.contains("Boulevard Léopold III");
	}

	@Test
	void a_tampered_or_unknown_link_gets_a_plain_refusal_and_no_data() {
		String reference = pipeline.apply(vacancy);
		String genuine = link(reference);
		String tampered = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("A") ? "BB" : "AA");
		String otherReference = genuine.replace(reference, "AP-2026-999999");

		for (String path : new String[] { tampered, otherReference, "/status/" + reference, "/status/x" }) {
			var page = browser.open(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.text()).as(path)
				.contains("This link does not work")
				.doesNotContain(reference)
				.doesNotContain("Durand");
		}
	}

	@Test
	void a_link_expires_a_year_after_the_final_outcome() {
		String reference = pipeline.apply(vacancy);
		pipeline.screen(reference, false);
		assertThat(browser.open(link(reference)).status()).isEqualTo(200);

		clock.advance(Duration.ofDays(366));

		assertThat(browser.open(link(reference)).status()).isEqualTo(404);
	}

	@Test
	void opening_links_changes_nothing_withdrawing_takes_a_confirmed_post() {
		String reference = pipeline.apply(vacancy);

		browser.open(link(reference) + "/withdraw");
		browser.open(link(reference) + "/withdraw");
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.SCREENING);

		var done = browser.submit(link(reference) + "/withdraw", Map.of());
		pipeline.runJobs();

		assertThat(done.status()).isEqualTo(302);
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.WITHDRAWN);
	}

	@Test
	void a_post_without_the_pages_csrf_token_is_refused() {
		String reference = pipeline.apply(vacancy);

		var forged = new Browser(port).submit(link(reference) + "/withdraw", Map.of());

		assertThat(forged.status()).isEqualTo(403);
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.SCREENING);
	}

	@Test
	void an_offer_answer_counts_once_and_a_contrary_replay_is_refused() {
		String reference = pipeline.apply(vacancy);
		pipeline.throughPanel(reference, 4, "SELECT");
		pipeline.approveOffer(reference);

		browser.open(link(reference) + "/offer");
		var accepted = browser.submit(link(reference) + "/offer", Map.of("answer", "accept"));
		pipeline.runJobs();
		browser.open(link(reference) + "/offer");
		var replayed = browser.submit(link(reference) + "/offer", Map.of("answer", "accept"));
		var contrary = browser.submit(link(reference) + "/offer", Map.of("answer", "decline"));

		assertThat(accepted.status()).isEqualTo(302);
		assertThat(replayed.status()).isEqualTo(302);
		assertThat(contrary.status()).isEqualTo(200);
		assertThat(contrary.text()).as("in the candidate's language, not the browser's")
			.contains("Il n’est plus possible de répondre ainsi à cette offre");
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.CLEARANCE);
	}

	@Test
	void only_the_candidates_link_makes_a_later_applications_details_their_record_and_changes_their_language() {
		String first = pipeline.apply(vacancy);
		String email = pipeline.application(first).getCandidate().getEmail();
		String second = pipeline.apply(pipeline.openVacancy(1), profile -> {
			profile.email = email;
			profile.familyName = "Durand-<b>Martin</b>";
			profile.years = 9;
		});
		assertThat(pipeline.application(second).getCandidate().getFamilyName()).as("intake never overwrites")
			.isEqualTo("Durand");

		var page = browser.open(link(second) + "/details");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).as("in the candidate's language").contains("Vos données");
		assertThat(page.text()).contains("Durand-&lt;b&gt;Martin&lt;/b&gt;").doesNotContain("<b>Martin");
		var forged = new Browser(port).submit(link(second) + "/details",
				Map.of("adopt", "true", "correspondenceLanguage", "en"));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(pipeline.application(second).getCandidate().getFamilyName()).isEqualTo("Durand");

		var saved = browser.submit(link(second) + "/details", Map.of("adopt", "true", "correspondenceLanguage", "en"));

		assertThat(saved.status()).isEqualTo(302);
		var record = pipeline.application(first).getCandidate();
		assertThat(record.getFamilyName()).isEqualTo("Durand-<b>Martin</b>");
		assertThat(record.getYearsExperience()).isEqualTo(9);
		assertThat(record.getCorrespondenceLanguage()).isEqualTo(OfficialLanguage.EN);
		assertThat(pipeline.application(first).getProfile().familyName()).as("the first application keeps its facts")
			.isEqualTo("Durand");

		Mailbox mailbox = new Mailbox(smtp);
		dispatcher.dispatchDue();
		mailbox.clear();
		browser.open(link(first) + "/withdraw");
		browser.submit(link(first) + "/withdraw", Map.of());
		pipeline.runJobs();
		dispatcher.dispatchDue();
		assertThat(mailbox.to(email)).singleElement()
			.satisfies(mail -> assertThat(Mailbox.text(mail)).contains("Dear Amélie Durand-<b>Martin</b>,")
				.contains("you have withdrawn"));
	}

	@Test
	void a_candidate_who_lost_the_link_gets_it_again_at_their_address_only() {
		String reference = pipeline.apply(vacancy);
		String email = pipeline.application(reference).getCandidate().getEmail();
		Mailbox mailbox = new Mailbox(smtp);
		dispatcher.dispatchDue();
		mailbox.clear();

		browser.open("/status/lost");
		var answer = browser.submit("/status/lost", Map.of("email", email.toUpperCase()));
		browser.open("/status/lost");
		browser.submit("/status/lost", Map.of("email", email));
		browser.open("/status/lost");
		var unknown = browser.submit("/status/lost", Map.of("email", "nobody-" + email));

		assertThat(answer.status()).isEqualTo(unknown.status()).isEqualTo(200);
		// the links go out after the answer (so that it takes the same time for any
		// address)
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatcher.dispatchDue();
			return mailbox.to(email).size() == 1;
		});
		assertThat(mailbox.to(email)).hasSize(1);
		assertThat(Mailbox.text(mailbox.to(email).get(0))).contains(link(reference));
		assertThat(mailbox.all()).hasSize(1);
	}

	@Test
	void lost_links_go_out_in_the_candidates_language_whatever_the_page_asked_from() {
		String reference = pipeline.apply(vacancy, profile -> profile.language = OfficialLanguage.FR);
		String email = pipeline.application(reference).getCandidate().getEmail();
		Mailbox mailbox = new Mailbox(smtp);
		dispatcher.dispatchDue();
		mailbox.clear();

		var english = browser.open("/status/lost?lang=en");
		browser.submit("/status/lost", Map.of("email", email));

		assertThat(english.text()).contains("Lost your link?");
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			dispatcher.dispatchDue();
			return mailbox.to(email).size() == 1;
		});
		assertThat(Mailbox.subject(mailbox.to(email).get(0))).isEqualTo("Les pages de vos candidatures");
		assertThat(Mailbox.text(mailbox.to(email).get(0))).contains("Bonjour").contains(link(reference));
	}

}
