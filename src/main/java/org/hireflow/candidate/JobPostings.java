package org.hireflow.candidate;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hireflow.platform.HireflowProperties;
import org.hireflow.platform.domain.Degree;
import org.hireflow.vacancy.LanguageRule;
import org.hireflow.vacancy.Vacancy;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A published notice as schema.org {@code JobPosting} (JSON-LD), so that job search
 * engines list it: written by Jackson, never by a template, and safe inside a
 * {@code <script>} element — {@code <}, {@code >} and {@code &} are written as JSON
 * escapes, so no title can close the element.
 */
@Component
class JobPostings {

	/** schema.org's names for a degree (EducationalOccupationalCredential). */
	private static final Map<Degree, String> CREDENTIALS = Map.of(Degree.SECONDARY, "high school", Degree.VOCATIONAL,
			"professional certificate", Degree.BACHELOR, "bachelor degree", Degree.MASTER, "postgraduate degree",
			Degree.DOCTORATE, "postgraduate degree");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HireflowProperties properties;

	private final MessageSource messages;

	JobPostings(HireflowProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
	}

	/** The notice's JSON-LD, its texts in {@code locale}. */
	String of(Vacancy vacancy, Locale locale) {
		ObjectNode posting = JSON.createObjectNode();
		posting.put("@context", "https://schema.org");
		posting.put("@type", "JobPosting");
		posting.put("title", vacancy.getTitle());
		posting.put("description", text("jobposting.description", locale, vacancy.getTitle(), vacancy.getGrade(),
				vacancy.getDivision(), vacancy.getLocation(), vacancy.getPosts(), vacancy.getExpectedStartDate()));
		ObjectNode identifier = posting.putObject("identifier");
		identifier.put("@type", "PropertyValue");
		identifier.put("name", properties.organisation().name());
		identifier.put("value", vacancy.getReference());
		posting.put("url", base() + "/vacancies/" + vacancy.getReference());
		posting.put("datePosted", dateTime(vacancy.getPublicationAt(), vacancy.getTimeZone()));
		posting.put("validThrough", dateTime(vacancy.getClosingAt(), vacancy.getTimeZone()));
		posting.put("employmentType", "FULL_TIME");
		posting.put("totalJobOpenings", vacancy.getPosts());
		posting.put("directApply", true);
		ObjectNode organisation = posting.putObject("hiringOrganization");
		organisation.put("@type", "Organization");
		organisation.put("name", properties.organisation().name());
		if (properties.organisation().url() != null) {
			organisation.put("sameAs", properties.organisation().url().toString());
		}
		if (vacancy.getLocation() != null && !vacancy.getLocation().isBlank()) {
			ObjectNode place = posting.putObject("jobLocation");
			place.put("@type", "Place");
			ObjectNode address = place.putObject("address");
			address.put("@type", "PostalAddress");
			String location = vacancy.getLocation().strip();
			int comma = location.lastIndexOf(',');
			address.put("addressLocality", comma < 0 ? location : location.substring(0, comma).strip());
			if (comma >= 0) {
				address.put("addressCountry", location.substring(comma + 1).strip());
			}
		}
		posting.put("eligibilityToWorkRequirement", text("jobposting.eligibility", locale));
		ObjectNode education = posting.putObject("educationRequirements");
		education.put("@type", "EducationalOccupationalCredential");
		education.put("credentialCategory", CREDENTIALS.get(vacancy.getMinDegree()));
		ObjectNode experience = posting.putObject("experienceRequirements");
		experience.put("@type", "OccupationalExperienceRequirements");
		experience.put("monthsOfExperience", vacancy.getMinYearsExperience() * 12);
		posting.put("qualifications", text("jobposting.qualifications", locale, languages(vacancy, locale),
				text("degree." + vacancy.getMinDegree().name(), locale), vacancy.getMinYearsExperience()));
		return scriptSafe(write(posting));
	}

	/**
	 * JSON that cannot end a {@code <script>} element or open a comment in it: outside
	 * strings JSON has none of these characters, so replacing them escapes them inside
	 * strings only.
	 */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

	private String languages(Vacancy vacancy, Locale locale) {
		if (vacancy.getLanguageRule() == LanguageRule.EITHER_WAY) {
			return text("vacancy.languages.either-way", locale,
					text("level." + vacancy.getRequirements().higherLanguageLevel(), locale),
					text("level." + vacancy.getRequirements().lowerLanguageLevel(), locale));
		}
		return vacancy.getLanguageRequirements()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(level -> text("language." + level.getKey().code(), locale) + " "
					+ text("level." + level.getValue(), locale))
			.collect(Collectors.joining(", "));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String base() {
		URI base = properties.publicBaseUrl();
		return base.toString().replaceAll("/$", "");
	}

	private static String dateTime(Instant instant, ZoneId zone) {
		return instant.truncatedTo(ChronoUnit.SECONDS)
			.atZone(zone)
			.toOffsetDateTime()
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static String write(ObjectNode node) {
		try {
			return JSON.writeValueAsString(node);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
