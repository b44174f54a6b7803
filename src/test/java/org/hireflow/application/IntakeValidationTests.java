package org.hireflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;

import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whatever a client sends, a bad submission gets a 4xx problem and nothing is stored. */
@IntegrationTest
class IntakeValidationTests {

	@LocalServerPort
	int port;

	@Autowired
	VacancyService vacancyService;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	Vacancy vacancy;

	String path;

	long candidatesBefore;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		vacancy = Fixtures.publishedVacancy(vacancyService, clock);
		path = Fixtures.applicationsPath(vacancy.getReference());
		candidatesBefore = count("candidate");
	}

	@AfterEach
	void nothingWasStored() {
		assertThat(jdbc.queryForObject("select count(*) from application where vacancy_id = ?", Long.class,
				vacancy.getId()))
			.isZero();
		assertThat(count("candidate")).isEqualTo(candidatesBefore);
	}

	@Test
	void malformed_json_is_a_400_problem() {
		var response = api.postJson(path, "{\"email\": \"a@b.org\",");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("malformed-body");
		assertThat(response.text()).doesNotContain("Exception").doesNotContain("at com.");
	}

	@Test
	void an_unknown_field_is_named_in_the_problem() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("salaryExpectation", 999999);

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("unknown-field");
		assertThat(response.json().path("field").asText()).isEqualTo("salaryExpectation");
	}

	@Test
	void missing_and_invalid_fields_are_all_listed() {
		Map<String, Object> body = Fixtures.application("not-an-email");
		body.remove("familyName");
		body.put("nationalities", List.of("XX"));
		body.put("appliedNationality", "XX");
		body.put("correspondenceLanguage", "de");

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("validation-failed");
		assertThat(response.json().path("errors").findValuesAsText("field")).contains("email", "familyName",
				"correspondenceLanguage");
	}

	@Test
	void a_country_code_that_is_not_iso_is_refused() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("nationalities", List.of("XX"));
		body.put("appliedNationality", "XX");

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text()).contains("XX is not an ISO country");
	}

	@Test
	void an_absurd_date_of_birth_is_refused() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("dateOfBirth", "1066-10-14");

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("dateOfBirth");
	}

	@Test
	void a_date_that_does_not_exist_is_refused() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("dateOfBirth", "1990-02-30");

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.problemType()).isEqualTo("invalid-value");
		assertThat(response.json().path("field").asText()).isEqualTo("dateOfBirth");
	}

	@Test
	void a_see_cv_answer_is_not_an_answer() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("answers", List.of(Map.of("questionCode", "motivation", "text", "See my CV."),
				Map.of("questionCode", "example", "text", "A real answer.")));

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("answers[motivation]");
	}

	@Test
	void every_question_must_be_answered_and_only_the_vacancys_questions() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("answers", List.of(Map.of("questionCode", "favourite-colour", "text", "Blue")));

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("answers[motivation]", "answers[example]", "answers[favourite-colour]");
	}

	@Test
	void a_name_with_control_characters_is_refused() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("givenName", "Eve\r\nBcc: victim@example.org");

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("givenName");
	}

	@Test
	void a_nul_inside_an_answer_is_refused_not_a_500() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("answers", java.util.List.of(Map.of("questionCode", "motivation", "text", "I care\u0000 a lot"),
				Map.of("questionCode", "example", "text", "I led the 2019 customs negotiation.")));

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.text()).contains("control characters");
	}

	@Test
	void a_lone_surrogate_and_a_direction_override_are_refused() {
		String json = Api.toJson(Fixtures.application(Fixtures.uniqueEmail()))
			.replace("\"Durand\"", "\"Dur\\uD800and\"")
			.replace("I care about", "I care \\u202Eabout");

		var response = api.postJson(path, json);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").findValuesAsText("field")).contains("familyName", "answers[0].text");
	}

	@Test
	void a_name_must_contain_a_letter_and_nothing_invisible() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("givenName", "-- 42 --");
		body.put("familyName", "Du\u202Erand");

		var response = api.postJson(path, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").findValuesAsText("message")).contains("must contain a letter",
				"must not contain control or invisible characters");
	}

	@Test
	void values_of_the_wrong_type_are_refused_not_coerced() {
		for (Map.Entry<String, Object> wrong : Map
			.<String, Object>of("givenName", true, "highestDegree", 0, "yearsOfExperience", "8", "dateOfBirth", 0,
					"militaryServiceObligationsMet", 1)
			.entrySet()) {
			Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
			if (wrong.getKey().equals("militaryServiceObligationsMet")) {
				body.put("declarations",
						Map.of(wrong.getKey(), wrong.getValue(), "closelyRelatedToStaffMember", false));
			}
			else {
				body.put(wrong.getKey(), wrong.getValue());
			}

			var response = api.postJson(path, body);

			assertThat(response.status()).as(wrong.getKey()).isEqualTo(400);
			assertThat(response.problemType()).as(wrong.getKey()).isEqualTo("invalid-value");
		}
	}

	@Test
	void a_document_followed_by_garbage_is_not_a_document() {
		var response = api.postJson(path, Api.toJson(Fixtures.application(Fixtures.uniqueEmail())) + "}garbage");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void broken_multipart_bodies_are_refused_not_500() {
		String json = Api.toJson(Fixtures.application(Fixtures.uniqueEmail()));
		String part = "--b\r\nContent-Disposition: form-data; name=\"application\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + json + "\r\n";
		StringBuilder sixtyOneParts = new StringBuilder();
		for (int i = 0; i < 61; i++) {
			sixtyOneParts.append("--b\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nx\r\n");
		}
		sixtyOneParts.append("--b--\r\n");

		var noBoundary = api.postRaw(path, "multipart/form-data", ofString(part + "--b--\r\n"));
		var cutShort = api.postRaw(path, "multipart/form-data; boundary=b",
				ofString(part.substring(0, part.length() - 20)));
		var tooMany = api.postRaw(path, "multipart/form-data; boundary=b", ofString(sixtyOneParts.toString()));

		assertThat(noBoundary.status()).isEqualTo(400);
		assertThat(cutShort.status()).isEqualTo(400);
		assertThat(tooMany.status()).isBetween(400, 413);
		assertThat(noBoundary.problemType()).isEqualTo("malformed-multipart");
	}

	private static java.net.http.HttpRequest.BodyPublisher ofString(String body) {
		return java.net.http.HttpRequest.BodyPublishers.ofString(body);
	}

	@Test
	void a_fifty_megabyte_body_is_refused_before_it_is_read() {
		String response = api.postDeclaringLength(path, 50L * 1024 * 1024);

		assertThat(response).startsWith("HTTP/1.1 413")
			.doesNotContain("HTTP/1.1 100")
			.contains("application/problem+json")
			.contains("payload-too-large");
	}

	@Test
	void a_cv_that_is_not_a_pdf_is_refused_whatever_its_name() {
		var response = api.postMultipart(path, "application", Fixtures.application(Fixtures.uniqueEmail()), "cv",
				"cv.pdf", "application/pdf", "MZ\u0090\u0000 this is an executable".getBytes());

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.problemType()).isEqualTo("cv-not-pdf");
	}

	@Test
	void a_cv_over_five_megabytes_is_refused() {
		byte[] big = new byte[5 * 1024 * 1024 + 512 * 1024];
		System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);

		var response = api.postMultipart(path, "application", Fixtures.application(Fixtures.uniqueEmail()), "cv",
				"cv.pdf", "application/pdf", big);

		assertThat(response.status()).isEqualTo(413);
	}

	@Test
	void a_body_that_is_not_json_is_refused_as_unsupported() {
		var response = api.postRaw(path, "text/plain", BodyPublishers.ofString("hello"));

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	@Test
	void a_french_caller_is_told_in_french_why_an_answer_or_a_name_is_refused() {
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("givenName", "-- 42 --");
		body.put("answers", List.of(Map.of("questionCode", "motivation", "text", "See my CV."),
				Map.of("questionCode", "example", "text", "A real answer.")));
		Map<String, Object> seeCv = Fixtures.application(Fixtures.uniqueEmail());
		seeCv.put("answers", body.get("answers"));

		var fields = api.header("Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5").postJson(path, body);
		var answers = api.header("Accept-Language", "fr").postJson(path, seeCv);
		var english = api.header("Accept-Language", "en").postJson(path, seeCv);

		assertThat(fields.status()).isEqualTo(400);
		assertThat(fields.json().path("title").asText()).isEqualTo("Validation refusée");
		assertThat(fields.json().path("errors").findValuesAsText("message"))
			.containsExactly("doit contenir une lettre");
		assertThat(answers.status()).isEqualTo(400);
		assertThat(answers.json().path("detail").asText()).isEqualTo("1 réponse(s) invalide(s).");
		assertThat(answers.json().path("errors").findValuesAsText("message"))
			.containsExactly("doit recevoir une réponse ici ; « voir CV » n’est pas une réponse");
		assertThat(english.json().path("errors").findValuesAsText("message"))
			.containsExactly("must be answered here; “see CV” is not an answer");
	}

	@Test
	void a_french_caller_is_told_in_french_why_a_cv_is_refused() {
		byte[] big = new byte[5 * 1024 * 1024 + 512 * 1024];
		System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
		Api french = api.header("Accept-Language", "fr");

		var notPdf = french.postMultipart(path, "application", Fixtures.application(Fixtures.uniqueEmail()), "cv",
				"cv.pdf", "application/pdf", "MZ\u0090\u0000 this is an executable".getBytes());
		var tooBig = french.postMultipart(path, "application", Fixtures.application(Fixtures.uniqueEmail()), "cv",
				"cv.pdf", "application/pdf", big);

		assertThat(notPdf.status()).isEqualTo(415);
		assertThat(notPdf.json().path("title").asText()).isEqualTo("Le CV doit être un fichier PDF");
		assertThat(notPdf.json().path("detail").asText()).isEqualTo("Le CV envoyé n’est pas un document PDF.");
		assertThat(tooBig.status()).isEqualTo(413);
		assertThat(tooBig.json().path("title").asText()).isEqualTo("Contenu trop volumineux");
		assertThat(tooBig.json().path("detail").asText()).startsWith("Le");
	}

}
