package org.hireflow.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.hireflow.application.ApplicationService;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.browser.Chromium;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The candidate's application form in a real browser: the API's problems are shown next
 * to the fields, what was typed stays (also across a reload), and a corrected submission
 * lands on the thank-you page.
 */
@IntegrationTest
@ExtendWith(Chromium.class)
class ApplicationFormBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	ApplicationService applications;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_refused_submission_keeps_what_was_typed_and_a_corrected_one_is_received() {
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, "rosa", List.of("pia", "piet", "pavel"), "pia"));
		String email = Fixtures.uniqueEmail();
		WebDriver browser = Chromium.driver();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/vacancies/" + vacancy.getReference() + "/apply?lang=en");

		type(browser, "givenName", "Jan");
		type(browser, "familyName", "Nowak");
		type(browser, "email", email);
		browser.findElement(By.id("dateOfBirth")).sendKeys("05171990");
		new Select(browser.findElement(By.id("nationalities"))).selectByValue("PL");
		new Select(browser.findElement(By.id("nationalities"))).selectByValue("IE");
		new Select(browser.findElement(By.id("appliedNationality"))).selectByValue("IE");
		new Select(browser.findElement(By.id("english"))).selectByValue("5");
		new Select(browser.findElement(By.id("french"))).selectByValue("3");
		new Select(browser.findElement(By.id("highestDegree"))).selectByValue("MASTER");
		type(browser, "yearsOfExperience", "9");
		browser.findElement(By.name("militaryServiceObligationsMet")).click();
		type(browser, "answer-motivation", "See my CV");
		type(browser, "answer-example", "I negotiated the 2021 fuel contract.");
		new Select(browser.findElement(By.id("gender"))).selectByValue("WOMAN");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		// a dual national who chose the nationality that is not a member state's is told
		// at the door which one to choose
		WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
		assertThat(errors.getText()).contains("Ireland (IE) is not a member state")
			.contains("choose PL as the nationality you apply under");
		assertThat(browser.findElement(By.id("appliedNationality")).getAttribute("aria-invalid")).isEqualTo("true");
		new Select(browser.findElement(By.id("appliedNationality"))).selectByValue("PL");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("errors"), "not an answer"));
		assertThat(errors.getText()).doesNotContain("member state");
		assertThat(browser.findElement(By.id("answer-motivation")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("givenName")).getAttribute("value")).isEqualTo("Jan");
		Chromium.screenshot("screenshots", "candidate-form-errors");

		browser.navigate().refresh();
		assertThat(
				wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-example"))).getAttribute("value"))
			.as("kept in the browser across a reload")
			.isEqualTo("I negotiated the 2021 fuel contract.");
		assertThat(browser.findElement(By.id("gender")).getAttribute("value"))
			.as("what is said for diversity reporting is never kept in the browser")
			.isEmpty();
		new Select(browser.findElement(By.id("gender"))).selectByValue("WOMAN");

		type(browser, "answer-motivation", "Because collective defence needs good logistics.");
		browser.findElement(By.cssSelector("button[type=submit]")).click();

		wait.until(ExpectedConditions.urlContains("/applied"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you for applying");
		assertThat(applications.ofCandidate(email)).singleElement()
			.satisfies(application -> assertThat(application.getProfile().familyName()).isEqualTo("Nowak"));
		assertThat(browser.findElement(By.tagName("body")).getText())
			.contains(applications.ofCandidate(email).get(0).getReference());
		assertThat(jdbc.queryForObject("select gender from diversity_self_identification where application_id = ?",
				String.class, applications.ofCandidate(email).get(0).getId()))
			.isEqualTo("WOMAN");
	}

	private static void type(WebDriver browser, String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
