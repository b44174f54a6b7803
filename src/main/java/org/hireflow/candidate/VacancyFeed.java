package org.hireflow.candidate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.hireflow.platform.HireflowProperties;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The open vacancies as an Atom feed (RFC 4287), in English or French
 * ({@code /vacancies/feed.atom?lang=fr}): one entry per notice taking applications,
 * linked to its page. Written with the JDK's {@link XMLStreamWriter}, which escapes every
 * text and attribute; the links are absolute, from {@code hireflow.public-base-url}.
 */
@Controller
class VacancyFeed {

	static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

	private static final String NS = "http://www.w3.org/2005/Atom";

	private final VacancyService vacancies;

	private final MessageSource messages;

	private final HireflowProperties properties;

	private final Clock clock;

	VacancyFeed(VacancyService vacancies, MessageSource messages, HireflowProperties properties, Clock clock) {
		this.vacancies = vacancies;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/vacancies/feed.atom")
	ResponseEntity<byte[]> feed(Locale locale) throws XMLStreamException {
		String language = locale.getLanguage().equals("fr") ? "fr" : "en";
		Locale in = Locale.forLanguageTag(language);
		List<Vacancy> open = vacancies.openVacancies();
		String base = properties.publicBaseUrl().toString().replaceAll("/$", "");
		String self = base + "/vacancies/feed.atom?lang=" + language;
		Instant updated = open.stream()
			.map(Vacancy::getPublicationAt)
			.max(Comparator.naturalOrder())
			.orElse(clock.instant());

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(NS);
		xml.writeStartElement(NS, "feed");
		xml.writeDefaultNamespace(NS);
		xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
		text(xml, "id", self);
		text(xml, "title", text("site.name", in) + " – " + text("vacancies.title", in));
		text(xml, "subtitle", text("vacancies.intro", in));
		text(xml, "updated", timestamp(updated));
		link(xml, "self", "application/atom+xml", self);
		link(xml, "alternate", "text/html", base + "/vacancies?lang=" + language);
		xml.writeStartElement(NS, "author");
		text(xml, "name", properties.organisation().name());
		xml.writeEndElement();
		for (Vacancy vacancy : open) {
			String page = base + "/vacancies/" + vacancy.getReference() + "?lang=" + language;
			xml.writeStartElement(NS, "entry");
			text(xml, "id", page);
			text(xml, "title", vacancy.getTitle());
			text(xml, "published", timestamp(vacancy.getPublicationAt()));
			text(xml, "updated", timestamp(vacancy.getPublicationAt()));
			link(xml, "alternate", "text/html", page);
			text(xml, "summary",
					vacancy.getReference() + " · " + vacancy.getGrade() + " · " + vacancy.getLocation() + " · "
							+ text("vacancies.closes", in,
									DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
										.format(vacancy.getClosingAt().atZone(vacancy.getTimeZone())),
									vacancy.getTimeZone().getId()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM).body(out.toByteArray());
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
		xml.writeStartElement(NS, element);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement(NS, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** RFC 3339 in UTC, to the second. */
	private static String timestamp(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
