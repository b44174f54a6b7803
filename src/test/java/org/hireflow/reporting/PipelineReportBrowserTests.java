package org.hireflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.diversity.Gender;
import org.hireflow.security.Roles;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.testing.browser.Chromium;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HR opens the report page in a browser and sees the charts: the funnel's bars and each
 * milestone's people by gender. Its screenshot is the README's
 * ({@code ./mvnw -Pscreenshots test}).
 */
@IntegrationTest
@ExtendWith(Chromium.class)
class PipelineReportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	IdentityService identity;

	@Autowired
	TestClock clock;

	@AfterEach
	void signOut() {
		((ChromeDriver) Chromium.driver()).executeCdpCommand("Network.setExtraHTTPHeaders",
				Map.of("headers", Map.of()));
		clock.reset();
	}

	@Test
	void hr_sees_the_funnel_and_the_gender_of_each_milestone_as_charts() {
		TestUsers.ensure(identity, "hedda", Roles.GROUP_HR);
		Vacancy vacancy = pipeline.openVacancy(2);
		List<Gender> genders = List.of(Gender.WOMAN, Gender.MAN, Gender.ANOTHER_GENDER, Gender.PREFER_NOT_TO_SAY);
		List<String> references = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Gender gender = i % 9 == 8 ? null : genders.get(i % 7 < 4 ? 0 : i % 7 < 6 ? 1 : 2 + i % 2);
			String nationality = List.of("BE", "FR", "PL", "DE", "IT").get(i % 5);
			references.add(pipeline.apply(vacancy, profile -> {
				profile.gender = gender;
				profile.nationality = nationality;
			}));
		}
		clock.advance(Duration.ofDays(2));
		for (int i = 0; i < references.size(); i++) {
			pipeline.screen(references.get(i), i % 4 != 3);
		}

		WebDriver browser = Chromium.driver();
		Chromium.language("en");
		ChromeDriver chrome = (ChromeDriver) browser;
		chrome.executeCdpCommand("Network.enable", Map.of());
		chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
				"Basic " + Base64.getEncoder().encodeToString("hedda:hedda".getBytes(StandardCharsets.UTF_8)))));
		browser.get("http://localhost:" + port + "/reports/pipeline?vacancy=" + vacancy.getReference());

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pipeline report");
		assertThat(browser.findElements(By.cssSelector("svg rect.bar"))).hasSize(7);
		assertThat(browser.findElements(By.cssSelector("svg rect.segment.WOMAN"))).isNotEmpty();
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("<5");
		Chromium.screenshot("screenshots", "hr-pipeline-report");
	}

}
