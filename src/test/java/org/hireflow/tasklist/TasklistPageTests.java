package org.hireflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The service serves its own copy of Tasklist's page only to leave out what staff may not
 * use (the History tab, comments, "Start process" and "Create task": their engine calls
 * are refused; an application starts only through intake). The copy must stay the
 * vendor's page otherwise, or an engine upgrade would leave Tasklist on an old page.
 */
class TasklistPageTests {

	static final String PAGE = "META-INF/resources/webjars/camunda/app/tasklist/index.html";

	@Test
	void our_tasklist_page_is_the_vendors_with_the_refused_plugins_left_out() throws IOException {
		List<URL> pages = Collections.list(getClass().getClassLoader().getResources(PAGE));
		assertThat(pages).as("ours and the webjar's").hasSize(2);
		String ours = read(pages.stream().filter(url -> !url.toString().contains(".jar!")).findFirst().orElseThrow());
		String vendors = read(pages.stream().filter(url -> url.toString().contains(".jar!")).findFirst().orElseThrow());

		assertThat(ours).contains("cam-exclude-plugins=\"tasklist.task.detail:task-detail-history,"
				+ "tasklist.task.action:task-action-comment,tasklist.navbar.action:start-process-action,tasklist.navbar.action:create-task-action\"");
		assertThat(ours.replaceAll("\\s*cam-exclude-plugins=\"[^\"]*\"", "")).isEqualTo(vendors);
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void every_webapp_is_titled_with_the_organisations_name_not_the_vendors(String app) throws IOException {
		List<URL> configs = Collections.list(getClass().getClassLoader()
			.getResources("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js"));
		String ours = read(configs.stream().filter(url -> !url.toString().contains(".jar!")).findFirst().orElseThrow());

		assertThat(ours).contains("vendor: 'NATO Civilian Recruitment'").contains("name: '");
	}

	private static String read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
