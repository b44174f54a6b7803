package org.hireflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import com.icegreen.greenmail.util.GreenMail;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.security.Roles;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Mailbox;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jakarta.mail.internet.MimeMessage;

/**
 * Every pipeline event writes to the right person, in their language, once — through the
 * outbox and a real SMTP server.
 */
@IntegrationTest
class CandidateEmailTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	GreenMail smtp;

	@Autowired
	VacancyService vacancies;

	@Autowired
	IdentityService identity;

	@Autowired
	TestClock clock;

	Mailbox mailbox;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		mailbox = new Mailbox(smtp);
		for (String member : List.of("paul", "petra", "pedro", "rita")) {
			TestUsers.ensure(identity, member, member.equals("rita") ? Roles.GROUP_RECRUITERS : Roles.GROUP_PANEL);
		}
		vacancy = pipeline.openVacancy(1);
		dispatcher.dispatchDue();
		mailbox.clear();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	String candidate(OfficialLanguage language, Consumer<Pipeline.ProfileBuilder> change) {
		return pipeline.apply(vacancy, profile -> {
			profile.language = language;
			change.accept(profile);
		});
	}

	String emailOf(String reference) {
		return pipeline.application(reference).getCandidate().getEmail();
	}

	List<String> subjects(String reference) {
		dispatcher.dispatchDue();
		return mailbox.subjectsTo(emailOf(reference));
	}

	@ParameterizedTest
	@EnumSource(OfficialLanguage.class)
	void a_hired_candidate_hears_at_every_step_in_their_language(OfficialLanguage language) {
		String reference = candidate(language, profile -> {
		});
		pipeline.throughPanel(reference, 4, "SELECT");
		pipeline.approveOffer(reference);
		pipeline.answerOffer(reference, true);
		pipeline.clear(reference, true, true);

		boolean fr = language == OfficialLanguage.FR;
		assertThat(subjects(reference)).containsExactly(
				(fr ? "Candidature reçue : " : "Application received: ") + vacancy.getTitle() + " (" + reference + ")",
				fr ? "Prochaine étape : évaluation pour le poste de Policy Officer"
						: "Next step: assessment for Policy Officer",
				fr ? "Invitation à un entretien avec le jury : Policy Officer"
						: "Invitation to a panel interview: Policy Officer",
				fr ? "Offre d’engagement : Policy Officer" : "Offer of appointment: Policy Officer",
				fr ? "Prochaines étapes : habilitations pour le poste de Policy Officer"
						: "Next steps: clearances for Policy Officer",
				fr ? "Engagement confirmé : Policy Officer" : "Appointment confirmed: Policy Officer");
		MimeMessage offer = mailbox.to(emailOf(reference)).get(3);
		assertThat(Mailbox.text(offer)).contains("/status/" + reference + ".").contains("A.2 / 1");
		assertThat(Mailbox.html(offer)).contains(fr ? "lang=\"fr\"" : "lang=\"en\"");
	}

	@Test
	void an_ineligible_candidate_is_told_which_requirement_in_plain_words() {
		String young = candidate(OfficialLanguage.EN,
				profile -> profile.dateOfBirth = vacancy.getExpectedStartDate().minusYears(20));
		String french = candidate(OfficialLanguage.FR, profile -> profile.nationality = "CH");

		assertThat(subjects(young)).containsExactly("Application received: Policy Officer (" + young + ")",
				"Your application " + young + ": eligibility");
		assertThat(Mailbox.text(mailbox.to(emailOf(young)).get(1)))
			.contains("You must be at least 21 years old on the expected start date of the post (")
			.contains("you will be 20.");
		assertThat(Mailbox.text(mailbox.to(emailOf(french)).get(1)))
			.contains("Vous devez être ressortissant(e) d’un État membre");
	}

	@Test
	void a_category_a_notice_stated_either_way_round_takes_french_v_with_english_i_and_explains_a_refusal_in_french() {
		Vacancy either = pipeline.openVacancy(
				Fixtures.eitherWay(Fixtures.vacancyDraft(clock, "rita", List.of("paul", "petra", "pedro"), "paul")));
		String frenchFirst = pipeline.apply(either, profile -> {
			profile.language = OfficialLanguage.FR;
			profile.english = 1;
			profile.french = 5;
		});
		String neither = pipeline.apply(either, profile -> {
			profile.language = OfficialLanguage.FR;
			profile.english = 3;
			profile.french = 3;
		});

		assertThat(new Api(port).header("Accept", "text/html")
			.get("/vacancies/" + either.getReference() + "?lang=fr")
			.text()).as("the notice says how it states its languages")
			.contains("IV – Très bon dans une langue officielle et I – Élémentaire dans l’autre");
		assertThat(pipeline.status(frenchFirst)).isEqualTo(ApplicationStatus.SCREENING);
		assertThat(pipeline.status(neither)).isEqualTo(ApplicationStatus.INELIGIBLE);
		assertThat(subjects(neither)).hasSize(2);
		assertThat(Mailbox.text(mailbox.to(emailOf(neither)).get(1))).contains(
				"L’avis de vacance exige une langue officielle au niveau IV et l’autre au niveau I, dans un sens ou "
						+ "dans l’autre");
	}

	@Test
	void each_way_out_of_the_competition_has_its_own_email() {
		String notShortlisted = candidate(OfficialLanguage.EN, p -> {
		});
		String failedTest = candidate(OfficialLanguage.EN, p -> {
		});
		String notSelected = candidate(OfficialLanguage.EN, p -> {
		});
		String withdrawn = candidate(OfficialLanguage.FR, p -> {
		});
		pipeline.screen(notShortlisted, false);
		pipeline.screen(failedTest, true);
		pipeline.assess(failedTest, 10);
		pipeline.throughPanel(notSelected, 2, "REJECT");
		pipeline.withdraw(withdrawn);

		assertThat(subjects(notShortlisted)).last()
			.isEqualTo("Your application " + notShortlisted + " for Policy Officer");
		assertThat(Mailbox.text(last(notShortlisted))).contains("has not been shortlisted");
		assertThat(Mailbox.text(last(failedTest))).contains("did not reach the pass mark");
		assertThat(Mailbox.text(last(notSelected))).contains("decided not to select you");
		assertThat(subjects(withdrawn)).last().isEqualTo("Retrait confirmé : " + withdrawn);
	}

	@Test
	void reserve_list_offer_expiry_withdrawal_and_reserve_end_are_told() {
		String selected = candidate(OfficialLanguage.EN, p -> {
		});
		String reserve = candidate(OfficialLanguage.EN, p -> {
		});
		String second = candidate(OfficialLanguage.EN, p -> {
		});
		pipeline.throughPanel(selected, 5, "SELECT");
		pipeline.throughPanel(reserve, 4, "RESERVE");
		pipeline.throughPanel(second, 3, "RESERVE");
		pipeline.fireTimer(second, "Timer_ReserveListExpired");
		pipeline.approveOffer(selected);
		pipeline.fireTimer(selected, "Timer_OfferExpired");
		pipeline.approveOffer(reserve);
		pipeline.answerOffer(reserve, true);
		pipeline.clear(reserve, false, true);

		assertThat(subjects(selected)).contains("The offer for Policy Officer has lapsed");
		assertThat(subjects(reserve)).contains("Your application " + reserve + ": reserve list",
				"Offer of appointment: Policy Officer", "Your offer for Policy Officer");
		assertThat(subjects(second)).contains("Reserve list for Policy Officer");
	}

	@Test
	void candidates_who_applied_are_told_when_the_closing_date_is_extended_or_the_vacancy_cancelled() {
		String english = candidate(OfficialLanguage.EN, p -> {
		});
		String french = candidate(OfficialLanguage.FR, p -> {
		});
		vacancies.extendClosingDate(vacancy.getReference(),
				vacancy.getClosingAt().atZone(vacancy.getTimeZone()).plusDays(10), "henri");
		vacancies.cancel(vacancy.getReference(), "Budget withdrawn", "henri");
		pipeline.runJobs();

		assertThat(subjects(english)).contains("Closing date extended: Policy Officer",
				"Vacancy cancelled: Policy Officer");
		assertThat(subjects(french)).contains("Date de clôture prolongée : Policy Officer",
				"Avis de vacance annulé : Policy Officer");
	}

	@Test
	void every_email_is_sent_once_even_when_the_dispatcher_runs_again_and_a_step_is_retried() {
		String reference = candidate(OfficialLanguage.EN, p -> {
		});
		dispatcher.dispatchDue();
		dispatcher.dispatchDue();

		assertThat(subjects(reference)).hasSize(1);
		assertThat(mailbox.to(emailOf(reference))).extracting(m -> header(m, "Message-ID")).doesNotHaveDuplicates();
	}

	@Test
	void overdue_screening_reminds_the_recruiter_by_email() {
		String reference = candidate(OfficialLanguage.EN, p -> {
		});
		pipeline.fireTimer(reference, "Timer_ScreeningOverdue");
		dispatcher.dispatchDue();

		assertThat(mailbox.subjectsTo("rita@staff.example"))
			.containsExactly("Reminder: Screen application is overdue (" + reference + ")");
	}

	@Test
	void a_recruiter_who_works_tasklist_in_french_is_reminded_in_french() {
		TestUsers.ensure(identity, "remiFr", Roles.GROUP_RECRUITERS);
		Vacancy own = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, "remiFr", List.of("paul", "petra", "pedro"), "paul"));
		String reference = pipeline.apply(own, profile -> {
		});
		String task = pipeline.task(reference, ProcessIds.TASK_SCREEN_APPLICATION).getId();
		var context = new Api(port).as("remiFr").get("/api/tasks/" + task + "/context?lang=fr");
		assertThat(context.status()).as(context.toString()).isEqualTo(200);

		pipeline.fireTimer(reference, "Timer_ScreeningOverdue");
		dispatcher.dispatchDue();

		assertThat(mailbox.subjectsTo("remiFr@staff.example"))
			.containsExactly("Rappel : « Présélectionner la candidature » en retard (" + reference + ")");
	}

	private MimeMessage last(String reference) {
		dispatcher.dispatchDue();
		List<MimeMessage> messages = mailbox.to(emailOf(reference));
		return messages.get(messages.size() - 1);
	}

	static String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name)[0];
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
