package org.hireflow.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hireflow.testing.Fixtures;
import org.hireflow.testing.FixedStaffDirectory;
import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The candidate pages with the modules they show (security is another module: its filters
 * are left out here, and tested on their own): open vacancies and the apply form render
 * in the visitor's language.
 */
@ModuleTest
@AutoConfigureMockMvc(addFilters = false)
@Import({ CandidatePagesModuleTests.Calendar.class, FixedStaffDirectory.class })
class CandidatePagesModuleTests {

	/**
	 * The interview's calendar entry is built by the notification module; here, a port
	 * the test fills.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Calendar {

		@Bean
		InterviewCalendar interviewCalendar() {
			return (interview, title, reference, email, name) -> "BEGIN:VCALENDAR\nEND:VCALENDAR\n";
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Test
	void candidate_pages_load_the_modules_they_show_and_no_stage_that_acts() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "interview", "offer", "privacy", "candidate");
	}

	@Test
	void a_published_vacancy_is_listed_and_its_apply_form_shown_in_french() throws Exception {
		Vacancy vacancy = Fixtures.publishedVacancy(vacancies, clock);

		mvc.perform(get("/vacancies").accept(MediaType.TEXT_HTML).header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Postes ouverts")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(vacancy.getReference())));
		mvc.perform(get("/vacancies/" + vacancy.getReference() + "/apply").accept(MediaType.TEXT_HTML)
			.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Why this post?")))
			// candidates assess their own levels: each is explained in a sentence
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"Très bon : vous utilisez la langue avec aisance et précision dans toutes les situations")));
	}

}
