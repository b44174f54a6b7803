package org.hireflow.testing.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium (Debian's, driven by its chromedriver) for browser tests.
 * Without Chromium the tests are skipped with a message — unless {@code CI=true}, where a
 * missing Chromium fails the run. On failure a screenshot lands in
 * {@code target/browser-screenshots/}.
 */
public class Chromium implements ExecutionCondition, TestWatcher, AfterAllCallback {

	static final Path BROWSER = Path.of(env("HIREFLOW_CHROMIUM", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(env("HIREFLOW_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static ChromeDriver driver;

	private static Path profile;

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	static boolean installed() {
		return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (installed()) {
			return ConditionEvaluationResult.enabled("Chromium at " + BROWSER);
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("CI=true: a missing Chromium must fail the run");
		}
		return ConditionEvaluationResult.disabled("Browser tests skipped: no Chromium at " + BROWSER + " or no "
				+ "chromedriver at " + DRIVER + ". Install Debian's chromium and chromium-driver (or set "
				+ "HIREFLOW_CHROMIUM / HIREFLOW_CHROMEDRIVER) to run them.");
	}

	/** The shared browser of this test JVM, started on first use. */
	public static synchronized WebDriver driver() {
		if (!installed()) {
			throw new AssertionError("Chromium is required here (CI=true) but missing: expected " + BROWSER + " and "
					+ DRIVER + " (apt-get install chromium chromium-driver)");
		}
		if (driver == null) {
			try {
				profile = Files.createTempDirectory("hireflow-chromium-");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BROWSER.toFile());
			options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL", "performance", "ALL"));
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=en-GB", "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
				.usingAnyFreePort()
				.build();
			driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		}
		return driver;
	}

	/**
	 * Makes the shared browser speak {@code language} (a BCP 47 tag such as {@code fr}):
	 * {@code navigator.language}, which Tasklist follows, and {@code Accept-Language},
	 * which the candidate pages and the service follow — as a person whose browser is set
	 * to that language. Stays until changed again.
	 */
	public static void language(String language) {
		ChromeDriver chrome = (ChromeDriver) driver();
		String userAgent = String.valueOf(chrome.executeScript("return navigator.userAgent;"));
		chrome.executeCdpCommand("Network.setUserAgentOverride",
				java.util.Map.of("userAgent", userAgent, "acceptLanguage", language));
	}

	/**
	 * The URLs that answered with a {@code WWW-Authenticate} challenge since the last
	 * call (a browser would have popped up its own sign-in dialog for each), read from
	 * the browser's network log.
	 */
	public static List<String> challenges() {
		List<String> challenged = new ArrayList<>();
		ObjectMapper json = new ObjectMapper();
		driver().manage().logs().get("performance").forEach(entry -> {
			try {
				JsonNode message = json.readTree(entry.getMessage()).path("message");
				if (message.path("method").asText().equals("Network.responseReceived")) {
					JsonNode response = message.path("params").path("response");
					response.path("headers").fieldNames().forEachRemaining(header -> {
						if (header.equalsIgnoreCase("WWW-Authenticate")) {
							challenged.add(response.path("url").asText());
						}
					});
				}
			}
			catch (IOException unreadable) {
				challenged.add("unreadable log entry: " + entry.getMessage());
			}
		});
		return challenged;
	}

	/**
	 * Where a folder of screenshots goes: {@code target/<folder>}, except the README's
	 * tour ({@code screenshots}) when {@code hireflow.screenshots} names a directory —
	 * the {@code screenshots} profile sets it to {@code docs/screenshots}.
	 */
	static Path folder(String folder) {
		String tour = System.getProperty("hireflow.screenshots");
		if (folder.equals("screenshots") && tour != null && !tour.isBlank()) {
			return Path.of(tour);
		}
		return Path.of("target", folder);
	}

	/**
	 * Saves what the browser shows now to {@code <folder>/<name>.png} (see
	 * {@link #folder}).
	 */
	public static Path screenshot(String folder, String name) {
		if (driver == null) {
			return null;
		}
		try {
			Path file = folder(folder).resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
		screenshot("browser-screenshots", name);
		writeLog(name);
	}

	/**
	 * The browser's console and every HTTP response that was not a success, beside the
	 * screenshot.
	 */
	private static void writeLog(String name) {
		if (driver == null) {
			return;
		}
		try {
			StringBuilder log = new StringBuilder();
			driver.manage()
				.logs()
				.get("browser")
				.forEach(entry -> log.append("console ").append(entry.getMessage()).append('\n'));
			driver.manage().logs().get("performance").forEach(entry -> {
				String message = entry.getMessage();
				java.util.regex.Matcher status = java.util.regex.Pattern
					.compile("\"Network.responseReceived\".*?\"status\":(\\d+).*?\"url\":\"([^\"]+)\"")
					.matcher(message);
				if (status.find() && !status.group(1).startsWith("2") && !status.group(1).startsWith("3")) {
					log.append("http ").append(status.group(1)).append(' ').append(status.group(2)).append('\n');
				}
			});
			Path file = Path.of("target", "browser-screenshots", name.replaceAll("[^A-Za-z0-9._-]", "_") + ".log");
			Files.createDirectories(file.getParent());
			Files.writeString(file, log);
		}
		catch (IOException | RuntimeException ex) {
			// a missing log must not hide the failure itself
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		synchronized (Chromium.class) {
			if (driver != null) {
				driver.quit();
				driver = null;
			}
		}
	}

}
