package org.hireflow.testing.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a person uses it: log in, pick a filter, open a task, fill its
 * form, complete it.
 */
public final class Tasklist {

	private final WebDriver browser;

	private final String base;

	private final WebDriverWait wait;

	public Tasklist(WebDriver browser, int port) {
		this.browser = browser;
		this.base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	/**
	 * Logs in as {@code user} (password = user id) after logging out whoever was in. The
	 * webapps here do not receive synthetic key and mouse events from chromedriver, so
	 * fields are filled and buttons pressed the way Playwright's {@code fill()} does:
	 * value set, input event dispatched.
	 */
	public Tasklist login(String user) {
		// Leave the previous user's page first: its requests still in flight after the
		// cookies are gone would each
		// get a fresh anonymous session cookie, which can land after the login's and log
		// the new user out.
		// (A same-origin page without script, so that the cookies deleted are this
		// origin's.)
		browser.get(base.substring(0, base.indexOf("/camunda/")) + "/actuator/health");
		browser.manage().deleteAllCookies();
		browser.get(base);
		// found by what they are, not by their labels: Tasklist may be in French
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
		pause(1000);
		fill(visible(By.cssSelector("input[ng-model='username']")), user);
		fill(visible(By.cssSelector("input[type='password']")), user);
		press(visible(By.cssSelector("button[type='submit']")));
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector(".task-filters, .filters, [cam-tasklist-filters]")));
		pause(1500);
		return this;
	}

	private WebElement visible(By by) {
		return browser.findElements(by)
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow(() -> new AssertionError("nothing visible matches " + by));
	}

	public List<String> filterNames() {
		return browser.findElements(By.cssSelector(".task-filters .task-filter, .filters .task-filter"))
			.stream()
			.map(WebElement::getText)
			.map(text -> text.strip().replaceAll("\\s*\\(?\\d+\\)?$", ""))
			.filter(text -> !text.isBlank())
			.toList();
	}

	/** Selects a filter by name and returns the tasks it lists. */
	public List<WebElement> openFilter(String name) {
		WebElement filter = browser.findElements(By.cssSelector(".task-filters .task-filter, .filters .task-filter"))
			.stream()
			.filter(item -> item.getText().strip().replaceAll("\\s*\\(?\\d+\\)?$", "").equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no filter named " + name + " among " + filterNames()));
		List<WebElement> links = filter.findElements(By.tagName("a"));
		press(links.isEmpty() ? filter : links.get(0));
		pause(2000);
		return browser.findElements(By.cssSelector(".tasks-list > li"));
	}

	/**
	 * Opens a task's form by its id, as a click on its line in the list would — in the
	 * filter shown, else in "Assigned to me" or "Offered to me" — and claims it if nobody
	 * has. A claimed task leaves a filter of unclaimed tasks, and Tasklist may then clear
	 * the view it was shown in: it is opened again from "Assigned to me".
	 */
	public void openTask(String taskId) {
		if (!clickTask(taskId) && !(openFilter("Assigned to me") != null && clickTask(taskId))
				&& !(openFilter("Offered to me") != null && clickTask(taskId))) {
			throw new AssertionError("task " + taskId + " is in none of the user's lists");
		}
		pause(2500);
		List<WebElement> claim = browser.findElements(By.cssSelector("button[ng-click='claim()']"));
		if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
			press(claim.get(0));
			pause(1500);
			if (!taskShown()) {
				openFilter("Assigned to me");
				if (!clickTask(taskId)) {
					throw new AssertionError("claimed task " + taskId + " is not assigned to the user");
				}
				pause(2500);
			}
		}
	}

	/** Clicks the task's line in the list shown; false when it is not there. */
	private boolean clickTask(String taskId) {
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				WebElement link = browser.findElements(By.cssSelector(".tasks-list li a"))
					.stream()
					.filter(a -> String.valueOf(a.getAttribute("href")).contains(taskId))
					.findFirst()
					.orElse(null);
				if (link == null) {
					return false;
				}
				press(link);
				return true;
			}
			catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
				pause(500); // the list was redrawn while we read it: read it again
			}
		}
		return false;
	}

	/** Whether a task is open: its Complete button is on the page. */
	private boolean taskShown() {
		return browser.findElements(By.cssSelector("button[ng-click='complete()']"))
			.stream()
			.anyMatch(WebElement::isDisplayed);
	}

	/** Whether the user is still signed in: no login form on the page. */
	public boolean signedIn() {
		return browser.findElements(By.cssSelector("input[ng-model='username']"))
			.stream()
			.noneMatch(WebElement::isDisplayed);
	}

	/** Waits until the embedded form has loaded what it shows from the service. */
	public WebElement embeddedForm() {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hireflow-form h3")));
	}

	public String text(String css) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
	}

	public String pageText() {
		return browser.findElement(By.tagName("body")).getText();
	}

	public void choose(String name, String value) {
		press(wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))));
	}

	public void select(String id, String visibleText) {
		WebElement select = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		script("var s = arguments[0]; for (var i = 0; i < s.options.length; i++) {"
				+ " if (s.options[i].text.trim() === arguments[1]) { s.selectedIndex = i; } }"
				+ " s.dispatchEvent(new Event('change', {bubbles: true}));", select, visibleText);
	}

	/** Chooses the option with this value, whatever the language of its text. */
	public void selectValue(String id, String value) {
		WebElement select = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		script("var s = arguments[0]; for (var i = 0; i < s.options.length; i++) {"
				+ " if (s.options[i].value === arguments[1]) { s.selectedIndex = i; } }"
				+ " s.dispatchEvent(new Event('change', {bubbles: true}));", select, value);
	}

	public void type(String id, String text) {
		fill(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))), text);
	}

	/** Presses Tasklist's Complete button and waits until the task has left the view. */
	public void complete() {
		WebElement button = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
		if (!button.isEnabled()) {
			throw new AssertionError("Complete is disabled: the form is not valid. " + formErrors());
		}
		press(button);
		pause(3000);
		String errors = formErrors();
		if (!errors.isBlank()) {
			throw new AssertionError("Tasklist reports: " + errors);
		}
	}

	private String formErrors() {
		return String.valueOf(script("return Array.from(document.querySelectorAll('.alert-danger, .alert-error'))"
				+ ".filter(function (e) { return e.offsetParent !== null; })"
				+ ".map(function (e) { return e.innerText.replace(/[×]|Close/g, '').trim(); })"
				+ ".filter(function (t) { return t.length > 0; }).join(' | ');"));
	}

	private void fill(WebElement field, String text) {
		script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
				+ " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, text);
	}

	private void press(WebElement element) {
		script("arguments[0].click();", element);
	}

	/** True when a JavaScript alert is open: a script that should not run did. */
	public boolean alertOpen() {
		try {
			browser.switchTo().alert();
			return true;
		}
		catch (NoAlertPresentException ex) {
			return false;
		}
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	public static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
