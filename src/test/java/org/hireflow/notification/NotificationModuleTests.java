package org.hireflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.hireflow.application.Application;
import org.hireflow.application.IntakeService;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.FixedStaffDirectory;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The notification module with the modules whose events it follows: an application's
 * acknowledgement is composed from the event alone, in the candidate's language, and
 * waits in the outbox for the SMTP hand-over.
 */
@ModuleTest
@Import(FixedStaffDirectory.class)
class NotificationModuleTests {

	@Autowired
	IntakeService intake;

	@Autowired
	VacancyService vacancies;

	@Autowired
	Outbox outbox;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void notification_loads_the_modules_whose_services_it_calls_and_no_others() {
		// candidate's events are listened to, none of its beans is needed
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "interview", "offer", "decision", "notification");
	}

	@Test
	void an_application_is_acknowledged_in_the_candidates_language() {
		Vacancy vacancy = Fixtures.publishedVacancy(vacancies, clock);

		Application application = intake
			.submit(vacancy.getReference(),
					Pipeline.submission(vacancy, profile -> profile.language = OfficialLanguage.FR), Optional.empty(),
					null, null)
			.application();

		assertThat(outbox.findByApplicationIdOrderById(application.getId())).singleElement().satisfies(message -> {
			assertThat(message.getKind()).isEqualTo(MailKind.RECEIVED.key());
			assertThat(message.getRecipient()).isEqualTo(application.getCandidate().getEmail());
			assertThat(message.getSubject()).contains(application.getReference()).startsWith("Candidature reçue");
		});
	}

}
