package org.hireflow.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The candidate pages' icon and print styles: the icon answers anyone (also at
 * {@code /favicon.ico}, where browsers look without being told), and a notice prints
 * without the site's navigation, buttons and forms.
 */
@IntegrationTest
class CandidatePageAssetsTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Test
	void the_icon_answers_anyone_as_an_image() {
		var ico = new Api(port).get("/favicon.ico");
		var svg = new Api(port).get("/img/favicon.svg");

		assertThat(ico.status()).as(ico.toString()).isEqualTo(200);
		assertThat(ico.header("Content-Type")).startsWith("image/");
		assertThat(ico.raw().body()).startsWith(0, 0, 1, 0);
		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(svg.text()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
	}

	@Test
	void a_notice_links_the_icon_and_prints_without_navigation_buttons_or_forms() {
		Vacancy vacancy = pipeline.openVacancy(1);

		var page = new Api(port).header("Accept", "text/html").get("/vacancies/" + vacancy.getReference());
		var print = new Api(port).get("/css/print.css");

		assertThat(page.text()).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/img/favicon.svg\">")
			.contains("<link rel=\"stylesheet\" media=\"print\" href=\"/css/print.css\">");
		assertThat(print.status()).isEqualTo(200);
		assertThat(print.header("Content-Type")).startsWith("text/css");
		assertThat(print.text()).contains("header.site, nav, footer.site, .skip, .button, button, form")
			.contains("display: none");
	}

}
