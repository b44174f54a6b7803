package org.hireflow.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A candidate page that cannot answer as asked shows a page in the candidate's language,
 * with the status it is and a link to the open vacancies — never a problem in JSON to a
 * browser; a script asking for JSON still gets the problem.
 */
@IntegrationTest
class CandidateErrorPagesTests {

	static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	VacancyService vacancies;

	Api browser;

	@BeforeEach
	void setUp() {
		browser = new Api(port).header("Accept", BROWSER);
	}

	private static void page(Api.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("text/html");
		assertThat(response.text()).startsWith("<!DOCTYPE html>")
			.doesNotContain("\"type\"")
			.contains("href=\"/vacancies\"");
	}

	@Test
	void an_unknown_vacancy_is_a_404_page_in_english_or_french() {
		var english = browser.header("Accept-Language", "en").get("/vacancies/VN-2099-9999");
		var french = browser.header("Accept-Language", "fr-FR,fr;q=0.9").get("/vacancies/VN-2099-9999/apply");

		page(english, 404);
		assertThat(english.text()).contains("<html lang=\"en\"").contains("We cannot find this page");
		page(french, 404);
		assertThat(french.text()).contains("<html lang=\"fr\"")
			.contains("Nous ne trouvons pas cette page")
			.contains("Voir les postes ouverts");
	}

	@Test
	void an_address_no_page_answers_is_the_same_404_page_but_the_apis_keep_their_problems() {
		var typo = browser.header("Accept-Language", "fr").get("/vacancies/VN-2099-9999/typo");
		page(typo, 404);
		assertThat(typo.text()).contains("Nous ne trouvons pas cette page");

		var api = browser.get("/api/public/nothing-here");
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void a_cancelled_vacancy_is_a_410_page_that_names_it() {
		Vacancy vacancy = pipeline.openVacancy(1);
		vacancies.cancel(vacancy.getReference(), "Post frozen", "henri");
		pipeline.runJobs();

		var english = browser.header("Accept-Language", "en").get("/vacancies/" + vacancy.getReference());
		var french = browser.header("Accept-Language", "fr").get("/vacancies/" + vacancy.getReference() + "/apply");

		page(english, 410);
		assertThat(english.text()).contains("This vacancy has been cancelled").contains(vacancy.getReference());
		page(french, 410);
		assertThat(french.text()).contains("Cet avis de vacance a été annulé");
	}

	@Test
	void the_thank_you_page_without_its_reference_is_a_400_page() {
		var english = browser.header("Accept-Language", "en").get("/applied");
		var french = browser.header("Accept-Language", "fr").get("/applied");

		page(english, 400);
		assertThat(english.text()).contains("This address is incomplete");
		page(french, 400);
		assertThat(french.text()).contains("Cette adresse est incomplète");
	}

	@Test
	void a_script_asking_for_json_still_gets_a_problem() {
		var response = new Api(port).header("Accept", "application/json").get("/vacancies/VN-2099-9999");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.problemType()).isEqualTo("not-found");
	}

}
