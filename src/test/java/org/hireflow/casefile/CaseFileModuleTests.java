package org.hireflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.hireflow.application.Application;
import org.hireflow.application.IntakeService;
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
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationContext;

/**
 * The case file (a read model over the stages it declares): a submitted application's
 * file holds its answers and its history, its stages' sections stay empty, and a
 * recruiter's view of a blind vacancy hides who applied.
 */
@ModuleTest
@Import(FixedStaffDirectory.class)
class CaseFileModuleTests {

	@Autowired
	CaseFileService caseFiles;

	@Autowired
	IntakeService intake;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void the_case_file_loads_the_stages_it_reads_and_nothing_that_acts() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "screening", "assessment", "interview", "decision", "offer", "clearance", "casefile");
	}

	@Test
	void a_submitted_applications_file_holds_its_answers_and_its_history() {
		Vacancy vacancy = Fixtures.publishedVacancy(vacancies, clock);
		Application application = intake
			.submit(vacancy.getReference(), Pipeline.submission(vacancy, profile -> profile.givenName = "Amélie"),
					Optional.empty(), null, null)
			.application();

		CaseFile file = caseFiles.of(application.getReference(), false);
		CaseFile recruiters = caseFiles.of(application.getReference(), true);

		assertThat(file.status()).isEqualTo("SUBMITTED");
		assertThat(file.answers()).hasSize(vacancy.getQuestions().size());
		assertThat(file.history()).extracting(CaseFile.Event::to).containsExactly("SUBMITTED");
		assertThat(file.profile().givenName()).isEqualTo("Amélie");
		assertThat(file.screening()).isNull();
		assertThat(file.offer()).isNull();
		assertThat(recruiters.blind()).isTrue();
		assertThat(recruiters.profile()).isNull();
	}

}
