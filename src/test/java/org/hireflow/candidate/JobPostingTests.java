package org.hireflow.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A notice open for applications carries its schema.org JobPosting (JSON-LD), written on
 * the server, which says what the notice says and which no title can break out of.
 */
@IntegrationTest
class JobPostingTests {

	private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
			Pattern.DOTALL);

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void an_open_notice_carries_a_job_posting_that_says_what_the_notice_says() throws Exception {
		Vacancy vacancy = pipeline.openVacancy(1);

		JsonNode posting = jobPosting(page(vacancy, "en"));
		JsonNode french = jobPosting(page(vacancy, "fr"));

		assertThat(posting.path("@context").asText()).isEqualTo("https://schema.org");
		assertThat(posting.path("@type").asText()).isEqualTo("JobPosting");
		assertThat(posting.path("title").asText()).isEqualTo(vacancy.getTitle());
		assertThat(posting.path("description").asText()).contains(vacancy.getTitle()).contains("A.2");
		assertThat(posting.path("identifier").path("value").asText()).isEqualTo(vacancy.getReference());
		assertThat(posting.path("validThrough").asText()).matches(".*T\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
		assertThat(OffsetDateTime.parse(posting.path("validThrough").asText()).toInstant())
			.isEqualTo(vacancy.getClosingAt());
		assertThat(OffsetDateTime.parse(posting.path("datePosted").asText()).toInstant())
			.isEqualTo(vacancy.getPublicationAt().truncatedTo(ChronoUnit.SECONDS));
		assertThat(posting.path("employmentType").asText()).isEqualTo("FULL_TIME");
		assertThat(posting.path("hiringOrganization").path("@type").asText()).isEqualTo("Organization");
		assertThat(posting.path("hiringOrganization").path("name").asText()).isEqualTo("NATO");
		assertThat(posting.path("jobLocation").path("@type").asText()).isEqualTo("Place");
		assertThat(posting.path("jobLocation").path("address").path("addressLocality").asText()).isEqualTo("Brussels");
		assertThat(posting.path("jobLocation").path("address").path("addressCountry").asText()).isEqualTo("Belgium");
		assertThat(posting.path("educationRequirements").path("credentialCategory").asText())
			.isEqualTo("postgraduate degree");
		assertThat(posting.path("experienceRequirements").path("monthsOfExperience").asInt())
			.isEqualTo(vacancy.getMinYearsExperience() * 12);
		assertThat(posting.path("qualifications").asText()).contains("English IV – Very good")
			.contains("French II – Fair");
		assertThat(posting.path("eligibilityToWorkRequirement").asText())
			.isEqualTo("Open to nationals of the member states only.");
		assertThat(french.path("eligibilityToWorkRequirement").asText())
			.isEqualTo("Ouvert aux seuls ressortissants des pays membres.");
		assertThat(french.path("validThrough").asText()).isEqualTo(posting.path("validThrough").asText());
	}

	@Test
	void a_title_cannot_close_the_script_element() throws Exception {
		String hostile = "Analyst </script><script>alert(1)</script> <!-- & \"quotes\"";
		VacancyDraft d = pipeline.draft(1);
		Vacancy vacancy = pipeline.openVacancy(new VacancyDraft(hostile, d.category(), d.grade(), d.division(),
				d.location(), d.posts(), d.closingAt(), d.expectedStartDate(), d.minDegree(), d.minYearsExperience(),
				d.languageRequirements(), d.languageRule(), d.questions(), d.competencies(), d.hiringManager(),
				d.recruiters(), d.panel(), d.assessmentPassMark(), d.blindScreening()));

		String page = page(vacancy, "en");

		assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<!--");
		assertThat(page).contains("\\u003c/script\\u003e");
		assertThat(jobPosting(page).path("title").asText()).isEqualTo(hostile);
	}

	@Test
	void a_notice_past_its_closing_date_carries_no_job_posting() {
		Vacancy vacancy = pipeline.openVacancy(1);

		clock.advance(Duration.ofDays(22));
		String page = page(vacancy, "en");

		assertThat(page).contains(vacancy.getTitle()).doesNotContain("application/ld+json");
	}

	private String page(Vacancy vacancy, String language) {
		var response = new Api(port).header("Accept", "text/html")
			.header("Accept-Language", language)
			.get("/vacancies/" + vacancy.getReference());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.text();
	}

	private static JsonNode jobPosting(String page) throws Exception {
		Matcher script = JSON_LD.matcher(page);
		assertThat(script.find()).as("a JSON-LD script in " + page).isTrue();
		return JSON.readTree(script.group(1));
	}

}
