package org.hireflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Tasklist in English and French: the service serves both locale files (Camunda's texts
 * and the forms' own HF_ keys), French has every English key, and every key a form of
 * bpmn/forms/ uses exists in both — so a form text added in one language only fails here,
 * not in front of a French-speaking panel.
 */
class TasklistLanguageTests {

	static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";

	static final Pattern FORM_KEY = Pattern.compile("'(HF_[A-Z0-9_]+)'");

	final ObjectMapper json = new ObjectMapper();

	@Test
	void english_keeps_every_text_of_the_camunda_release_and_french_has_every_english_key() throws IOException {
		JsonNode english = labels(ours("en"));
		JsonNode french = labels(ours("fr"));
		JsonNode camunda = labels(camundas("en"));

		assertThat(keys(english)).as("a Camunda upgrade added texts: merge its en.json again")
			.containsAll(keys(camunda));
		assertThat(keys(french)).isEqualTo(keys(english));
		english.properties()
			.stream()
			.filter(entry -> !entry.getValue().asText().isEmpty())
			.forEach(entry -> assertThat(french.path(entry.getKey()).asText()).as("French for %s", entry.getKey())
				.isNotBlank());
	}

	@Test
	void every_text_a_form_shows_exists_in_english_and_french() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> forms = Files.list(Path.of("bpmn/forms"))) {
			for (Path form : forms.filter(file -> file.toString().endsWith(".html")).toList()) {
				Matcher key = FORM_KEY.matcher(Files.readString(form));
				while (key.find()) {
					used.add(key.group(1));
				}
			}
		}
		assertThat(used).as("the forms read their texts from the locale files").isNotEmpty();
		assertThat(keys(labels(ours("en")))).containsAll(used);
		assertThat(keys(labels(ours("fr")))).containsAll(used);
	}

	@Test
	void every_step_a_form_names_exists_in_english_and_french() throws IOException {
		Set<String> steps = new TreeSet<>();
		try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
			for (Path model : models.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
				Matcher task = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*formKey=\"embedded:")
					.matcher(Files.readString(model));
				while (task.find()) {
					steps.add("HF_STEP_" + task.group(1));
				}
			}
		}
		assertThat(steps).isNotEmpty();
		assertThat(keys(labels(ours("en")))).containsAll(steps);
		assertThat(keys(labels(ours("fr")))).containsAll(steps);
	}

	private JsonNode labels(URL file) throws IOException {
		try (InputStream in = file.openStream()) {
			return json.readTree(in).path("labels");
		}
	}

	private static Set<String> keys(JsonNode labels) {
		Set<String> keys = new TreeSet<>();
		labels.fieldNames().forEachRemaining(keys::add);
		return keys;
	}

	/** The service's file (target/classes), served instead of the webjar's. */
	private static URL ours(String language) throws IOException {
		return Collections.list(TasklistLanguageTests.class.getClassLoader().getResources(LOCALES + language + ".json"))
			.stream()
			.filter(url -> !url.getProtocol().equals("jar"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the service serves no " + language + ".json"));
	}

	/** The file that came with the Camunda release (the webjar). */
	private static URL camundas(String language) throws IOException {
		return Collections.list(TasklistLanguageTests.class.getClassLoader().getResources(LOCALES + language + ".json"))
			.stream()
			.filter(url -> url.getProtocol().equals("jar"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + language + ".json in the Camunda webjar"));
	}

}
