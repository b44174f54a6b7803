package org.hireflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.platform.web.Problem;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The errors Spring MVC raises itself (a wrong method, content type, Accept header or
 * query parameter) answer in the service's one format: problem details with the service's
 * own problem types, never {@code about:blank}, titled and explained in the caller's
 * language.
 */
@IntegrationTest
class ErrorFormatTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	TestClock clock;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		TestUsers.ensure(identity, "hana", Roles.GROUP_HR);
		TestUsers.ensure(identity, "henri", Roles.GROUP_HIRING_MANAGERS);
		TestUsers.ensure(identity, "rita", Roles.GROUP_RECRUITERS);
	}

	private static void problem(Api.Response response, int status, String type) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("type").asText()).isEqualTo(Problem.TYPE_BASE + type);
	}

	@Test
	void a_method_the_endpoint_does_not_take_is_a_405_problem_titled_in_french_for_a_french_caller() {
		var english = api.delete("/api/public/vacancies");
		var french = api.header("Accept-Language", "fr").delete("/api/public/vacancies");

		problem(english, 405, "method-not-allowed");
		assertThat(english.json().path("title").asText()).isEqualTo("Method not allowed");
		problem(french, 405, "method-not-allowed");
		assertThat(french.json().path("title").asText()).isEqualTo("Méthode non autorisée");
		assertThat(french.json().path("detail").asText()).startsWith("La méthode DELETE n’est pas autorisée ici");
	}

	@Test
	void an_unsigned_or_refused_staff_call_is_told_so_in_french_for_a_french_caller() {
		var unsigned = api.header("Accept-Language", "fr").get("/api/applications");
		problem(unsigned, 401, "unauthorized");
		assertThat(unsigned.json().path("title").asText()).isEqualTo("Authentification requise");
		assertThat(unsigned.json().path("detail").asText()).isEqualTo("Connectez-vous avec votre compte du personnel.");

		var refused = new Api(port).as("rita").header("Accept-Language", "fr").get("/api/outbox");
		problem(refused, 403, "forbidden");
		assertThat(refused.json().path("title").asText()).isEqualTo("Interdit");
		assertThat(refused.json().path("detail").asText()).isEqualTo("Vos rôles ne permettent pas cette action.");
	}

	@Test
	void a_body_of_a_type_intake_does_not_read_is_a_415_problem() {
		var response = api.header("Accept-Language", "fr")
			.postRaw("/api/public/vacancies/VN-2026-0001/applications", "text/plain",
					HttpRequest.BodyPublishers.ofString("hello"));

		problem(response, 415, "unsupported-media-type");
		assertThat(response.json().path("title").asText()).isEqualTo("Type de contenu non pris en charge");

		var none = api.postRaw("/api/public/vacancies/VN-2026-0001/applications", null,
				HttpRequest.BodyPublishers.ofString("{}"));
		problem(none, 415, "unsupported-media-type");
		assertThat(none.json().path("detail").asText()).startsWith("No Content-Type was sent; send one of")
			.doesNotContain("null");
	}

	@Test
	void an_accept_header_the_service_cannot_answer_is_a_406_problem() {
		problem(api.header("Accept", "application/xml").get("/api/public/vacancies"), 406, "not-acceptable");
	}

	@Test
	void a_query_parameter_of_the_wrong_kind_or_missing_is_named_in_a_400_problem() {
		var bogus = api.as("hana").header("Accept-Language", "fr").get("/api/applications?status=BOGUS");
		var missing = api.header("Accept", "application/json").get("/applied");

		problem(bogus, 400, "invalid-parameter");
		assertThat(bogus.json().path("errors").path(0).path("field").asText()).isEqualTo("status");
		assertThat(bogus.json().path("errors").path(0).path("message").asText())
			.startsWith("doit être l’une des valeurs SUBMITTED");
		problem(missing, 400, "missing-parameter");
		assertThat(missing.json().path("errors").path(0).path("field").asText()).isEqualTo("reference");
	}

	@Test
	void the_domains_refusals_on_the_staff_api_are_titled_and_explained_in_french_for_a_french_caller() {
		Api french = api.as("hana").header("Accept-Language", "fr");

		var missing = french.get("/api/vacancies/VN-2099-9999");
		problem(missing, 404, "not-found");
		assertThat(missing.json().path("title").asText()).isEqualTo("Introuvable");
		assertThat(missing.json().path("detail").asText()).isEqualTo("Avis de vacance VN-2099-9999 introuvable.");

		var english = api.as("hana").get("/api/vacancies/VN-2099-9999");
		assertThat(english.json().path("title").asText()).isEqualTo("Vacancy not found");
		assertThat(english.json().path("detail").asText()).isEqualTo("No vacancy with reference VN-2099-9999.");

		String draft = french.postJson("/api/vacancies", Fixtures.vacancyRequest(clock, 1))
			.json()
			.path("reference")
			.asText();
		var smallPanel = french.putJson("/api/vacancies/" + draft + "/panel",
				java.util.Map.of("members", java.util.List.of("paul", "petra"), "chair", "paul"));
		problem(smallPanel, 400, "invalid-request");
		assertThat(smallPanel.json().path("title").asText()).isEqualTo("Requête invalide");
		assertThat(smallPanel.json().path("detail").asText()).isEqualTo("Un jury compte au moins 3 membres.");

		var notCancellable = french.postJson("/api/vacancies/" + draft + "/closing-date",
				java.util.Map.of("closingAt", java.time.LocalDateTime.now(clock).plusDays(60).withNano(0).toString()));
		problem(notCancellable, 409, "vacancy-status");
		assertThat(notCancellable.json().path("title").asText()).isEqualTo("Impossible dans cet état");
		assertThat(notCancellable.json().path("detail").asText()).startsWith("L’avis de vacance " + draft);
	}

}
