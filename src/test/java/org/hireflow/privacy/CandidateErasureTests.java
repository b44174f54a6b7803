package org.hireflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hireflow.application.StatusTokens;
import org.hireflow.testing.Api;
import org.hireflow.testing.Browser;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A candidate uses their status link to download everything held about them and to have
 * it erased: refused while an application is still running (the page says to withdraw it
 * first), done once it is not.
 */
@IntegrationTest
class CandidateErasureTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	StatusTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_candidate_downloads_their_data_withdraws_and_has_it_erased_through_their_link() throws Exception {
		Vacancy vacancy = pipeline.openVacancy(1);
		String reference = pipeline.apply(vacancy, profile -> {
			profile.familyName = "Kowalczyk";
			profile.language = org.hireflow.platform.domain.OfficialLanguage.EN;
		});
		String link = "/status/" + tokens.tokenFor(pipeline.application(reference));
		Browser browser = new Browser(port);

		Api.Response download = browser.open(link + "/personal-data");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Disposition")).contains("attachment");
		JsonNode data = new ObjectMapper().readTree(download.text());
		assertThat(data.path("candidate").path("familyName").asText()).isEqualTo("Kowalczyk");
		assertThat(data.path("applications").get(0).path("reference").asText()).isEqualTo(reference);
		assertThat(data.path("applications").get(0).path("answers")).isNotEmpty();
		assertThat(data.path("emails")).as("the acknowledgement").isNotEmpty();

		assertThat(browser.open(link + "/erasure").text()).contains("still in a competition");
		browser.submit(link + "/erasure", Map.of());
		assertThat(familyName(reference)).as("nothing erased while the application runs").isEqualTo("Kowalczyk");

		browser.open(link + "/withdraw");
		browser.submit(link + "/withdraw", Map.of());
		pipeline.runJobs();
		assertThat(browser.open(link + "/erasure").text()).contains("Erase my personal data");
		Api.Response erased = browser.submit(link + "/erasure", Map.of());
		assertThat(erased.text()).contains("Your personal data has been erased");
		assertThat(familyName(reference)).isEqualTo("[erased]");
		assertThat(browser.open(link).text()).as("the link now says so, and shows nothing else")
			.contains("Your personal data has been erased")
			.doesNotContain("Kowalczyk");
	}

	private String familyName(String reference) {
		return jdbc.queryForObject(
				"""
						select c.family_name from candidate c join application a on a.candidate_id = c.id where a.reference = ?""",
				String.class, reference);
	}

}
