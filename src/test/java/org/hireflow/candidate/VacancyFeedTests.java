package org.hireflow.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The open vacancies as an Atom feed in English and French, for anyone: every notice
 * taking applications is an entry linked to its page; a closed one leaves the feed.
 */
@IntegrationTest
class VacancyFeedTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

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

	record Entry(String id, String title, String link, String updated, String summary) {
	}

	@Test
	void an_open_vacancy_is_an_entry_of_the_feed_in_english_and_in_french() throws Exception {
		VacancyDraft d = pipeline.draft(1);
		String title = "Policy Officer <b>R&D</b> ]]> \"Brussels\"";
		Vacancy vacancy = pipeline.openVacancy(new VacancyDraft(title, d.category(), d.grade(), d.division(),
				d.location(), d.posts(), d.closingAt(), d.expectedStartDate(), d.minDegree(), d.minYearsExperience(),
				d.languageRequirements(), d.languageRule(), d.questions(), d.competencies(), d.hiringManager(),
				d.recruiters(), d.panel(), d.assessmentPassMark(), d.blindScreening()));

		var english = new Api(port).get("/vacancies/feed.atom?lang=en");
		var french = new Api(port).get("/vacancies/feed.atom?lang=fr");

		assertThat(english.status()).isEqualTo(200);
		assertThat(english.header("Content-Type")).startsWith("application/atom+xml");
		Document en = parse(english);
		assertThat(en.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(en.getDocumentElement().getAttribute("xml:lang")).isEqualTo("en");
		assertThat(child(en.getDocumentElement(), "title")).isEqualTo("NATO Civilian Careers – Open vacancies");
		Entry entry = entry(en, vacancy);
		assertThat(entry.title()).isEqualTo(title);
		assertThat(entry.link()).endsWith("/vacancies/" + vacancy.getReference() + "?lang=en");
		assertThat(entry.id()).isNotBlank();
		assertThat(entry.updated()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(entry.summary()).contains(vacancy.getReference()).contains("Closes");

		assertThat(french.status()).isEqualTo(200);
		Document fr = parse(french);
		assertThat(fr.getDocumentElement().getAttribute("xml:lang")).isEqualTo("fr");
		Entry inFrench = entry(fr, vacancy);
		assertThat(inFrench.title()).isEqualTo(title);
		assertThat(inFrench.link()).endsWith("/vacancies/" + vacancy.getReference() + "?lang=fr");
		assertThat(inFrench.id()).isNotEqualTo(entry.id());
		assertThat(inFrench.summary()).contains(vacancy.getReference()).doesNotContain("Closes");
	}

	@Test
	void a_closed_vacancy_leaves_the_feed() throws Exception {
		Vacancy vacancy = pipeline.openVacancy(1);
		assertThat(entries(parse(new Api(port).get("/vacancies/feed.atom?lang=en")))).anyMatch(
				entry -> entry.title().equals(vacancy.getTitle()) && entry.link().contains(vacancy.getReference()));

		clock.advance(Duration.ofDays(22));

		assertThat(entries(parse(new Api(port).get("/vacancies/feed.atom?lang=en"))))
			.noneMatch(entry -> entry.link().contains("/vacancies/" + vacancy.getReference() + "?"));
		assertThat(entries(parse(new Api(port).get("/vacancies/feed.atom?lang=fr"))))
			.noneMatch(entry -> entry.link().contains("/vacancies/" + vacancy.getReference() + "?"));
	}

	@Test
	void the_vacancies_page_names_the_feed_in_its_language() {
		var english = new Api(port).header("Accept-Language", "en").get("/vacancies");
		var french = new Api(port).header("Accept-Language", "fr").get("/vacancies");

		assertThat(english.text())
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/vacancies/feed.atom?lang=en\"");
		assertThat(french.text())
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/vacancies/feed.atom?lang=fr\"");
	}

	private static Entry entry(Document feed, Vacancy vacancy) {
		return entries(feed).stream()
			.filter(entry -> entry.link().contains("/vacancies/" + vacancy.getReference() + "?"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(vacancy.getReference() + " is not in the feed"));
	}

	private static List<Entry> entries(Document feed) {
		List<Entry> entries = new ArrayList<>();
		NodeList nodes = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element entry = (Element) nodes.item(i);
			Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
			assertThat(link.getAttribute("rel")).isEqualTo("alternate");
			entries.add(new Entry(child(entry, "id"), child(entry, "title"), link.getAttribute("href"),
					child(entry, "updated"), child(entry, "summary")));
		}
		return entries;
	}

	private static String child(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
		return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
	}

	private static Document parse(Api.Response response) throws Exception {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.raw().body()));
	}

}
