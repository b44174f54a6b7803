package org.hireflow.testing.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A candidate in the shared browser: applies through the vacancy's form (with a CV) and
 * answers an offer on their status page — the pages they would use, in the language they
 * chose.
 */
public final class CandidateBrowser {

	/** Who applies: as typed into the form. */
	public record Applicant(String givenName, String familyName, String email, String nationality, String language) {
	}

	private final WebDriver browser;

	private final String base;

	private final WebDriverWait wait;

	public CandidateBrowser(WebDriver browser, int port) {
		this.browser = browser;
		this.base = "http://localhost:" + port;
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	/**
	 * Fills the application form in the applicant's language, attaches {@code cv}, sends
	 * it and waits for the thank-you page; returns that page's heading.
	 */
	public String apply(String vacancy, Applicant applicant, byte[] cv) throws IOException {
		browser.manage().deleteAllCookies();
		browser.get(base + "/vacancies/" + vacancy + "/apply?lang=" + applicant.language());
		type("givenName", applicant.givenName());
		type("familyName", applicant.familyName());
		type("email", applicant.email());
		type("dateOfBirth", "1990-05-17");
		new Select(browser.findElement(By.id("nationalities"))).selectByValue(applicant.nationality());
		new Select(browser.findElement(By.id("appliedNationality"))).selectByValue(applicant.nationality());
		new Select(browser.findElement(By.id("english"))).selectByValue("5");
		new Select(browser.findElement(By.id("french"))).selectByValue("4");
		new Select(browser.findElement(By.id("highestDegree"))).selectByValue("MASTER");
		type("yearsOfExperience", "9");
		browser.findElement(By.name("militaryServiceObligationsMet")).click();
		type("answer-motivation", "Because collective defence needs good logistics.");
		type("answer-example", "I negotiated the 2021 fuel contract.");
		Path pdf = Files.createTempFile("cv-", ".pdf");
		Files.write(pdf, cv);
		browser.findElement(By.id("cv")).sendKeys(pdf.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("/applied"));
		return browser.findElement(By.tagName("h1")).getText();
	}

	/**
	 * Opens the status page's offer (as the email's link does) and accepts; returns the
	 * language the pages were shown in.
	 */
	public String acceptOffer(String statusToken) {
		browser.manage().deleteAllCookies();
		browser.get(base + "/status/" + statusToken + "/offer");
		String language = String
			.valueOf(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang;"));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[name=answer][value=accept]")))
			.click();
		wait.until(ExpectedConditions.urlContains("done=accept"));
		return language;
	}

	public String pageText() {
		return browser.findElement(By.tagName("body")).getText();
	}

	/**
	 * Sets a field the way a person's typing ends: value, then input and change events.
	 */
	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
						+ " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				field, text);
	}

}
