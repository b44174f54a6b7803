package org.hireflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.hireflow.client.ApiClient;
import org.hireflow.client.api.PublicApplicationsApi;
import org.hireflow.client.api.PublicVacanciesApi;
import org.hireflow.client.api.StaffApplicationsApi;
import org.hireflow.client.api.StaffVacanciesApi;
import org.hireflow.client.model.AnswerRequest;
import org.hireflow.client.model.ApplicationReceipt;
import org.hireflow.client.model.ApplicationRequest;
import org.hireflow.client.model.CaseFile;
import org.hireflow.client.model.CompetencyRequest;
import org.hireflow.client.model.CreateVacancyRequest;
import org.hireflow.client.model.Declarations;
import org.hireflow.client.model.LanguageSkill;
import org.hireflow.client.model.PagedModelApplicationSummary;
import org.hireflow.client.model.PanelRequest;
import org.hireflow.client.model.Problem;
import org.hireflow.client.model.QuestionRequest;
import org.hireflow.client.model.VacancyView;
import org.hireflow.security.Roles;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The README's flows, driven only through a Java client that openapi-generator wrote from
 * the committed description at build time ({@code docs/openapi.json}, kept equal to
 * {@code /v3/api-docs} by {@link ApiDescriptionTests}): if the description stops saying
 * what the service does, these fail or stop compiling.
 */
@IntegrationTest
class GeneratedClientTests {

	static final byte[] PDF = "%PDF-1.4\n% a CV\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	VacancyService vacancies;

	@Autowired
	TestClock clock;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(identity, "hana", Roles.GROUP_HR);
		TestUsers.ensure(identity, "henri", Roles.GROUP_HIRING_MANAGERS);
		TestUsers.ensure(identity, "rita", Roles.GROUP_RECRUITERS);
		vacancy = Fixtures.publishedVacancy(vacancies, clock);
	}

	ApiClient anonymous() {
		return new ApiClient().setBasePath("http://localhost:" + port);
	}

	ApiClient as(String user) {
		ApiClient client = anonymous();
		client.setUsername(user);
		client.setPassword(user);
		return client;
	}

	@Test
	void a_candidate_finds_the_vacancy_and_applies_once_as_json() {
		List<VacancyView> open = new PublicVacanciesApi(anonymous()).listOpenVacancies();
		assertThat(open).extracting(VacancyView::getReference).contains(vacancy.getReference());

		PublicApplicationsApi intake = new PublicApplicationsApi(anonymous());
		ApplicationRequest application = application(uniqueEmail());
		ApplicationReceipt receipt = intake.submitApplication(vacancy.getReference(), application, null);

		assertThat(receipt.getReference()).startsWith("AP-");
		assertThat(receipt.getStatus()).isEqualTo("SUBMITTED");

		HttpClientErrorException again = catchThrowableOfType(HttpClientErrorException.class,
				() -> intake.submitApplication(vacancy.getReference(), application, null));
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		Problem problem = again.getResponseBodyAs(Problem.class);
		assertThat(problem.getType()).hasToString(org.hireflow.platform.web.Problem.TYPE_BASE + "already-applied");
		assertThat(problem.getStatus()).isEqualTo(409);
	}

	/**
	 * The intake takes JSON or multipart on one operation; openapi-generator builds its
	 * method for the first media type (JSON), so the multipart form goes through the
	 * generated ApiClient's own call with the generated model.
	 */
	@Test
	void a_candidate_applies_with_a_pdf_cv_as_multipart() {
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		HttpHeaders pdf = new HttpHeaders();
		pdf.setContentType(MediaType.APPLICATION_PDF);
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("application", new HttpEntity<>(application(uniqueEmail()), json));
		form.add("cv", new HttpEntity<>(new ByteArrayResource(PDF) {
			@Override
			public String getFilename() {
				return "cv.pdf";
			}
		}, pdf));

		ResponseEntity<ApplicationReceipt> response = postMultipart(form);

		assertThat(response.getStatusCode().value()).isEqualTo(201);
		assertThat(response.getHeaders().getLocation())
			.hasToString("/api/applications/" + response.getBody().getReference());
		assertThat(new StaffApplicationsApi(as("hana")).getCaseFile(response.getBody().getReference()).getStatus())
			.isEqualTo("SUBMITTED");

		form.set("application", new HttpEntity<>(application(uniqueEmail()), json));
		form.set("cv", new HttpEntity<>(new ByteArrayResource("not a pdf".getBytes(StandardCharsets.US_ASCII)) {
			@Override
			public String getFilename() {
				return "cv.pdf";
			}
		}, pdf));
		HttpClientErrorException notPdf = catchThrowableOfType(HttpClientErrorException.class,
				() -> postMultipart(form));
		assertThat(notPdf.getStatusCode().value()).as("the cv part is read").isEqualTo(415);
		assertThat(notPdf.getResponseBodyAs(Problem.class).getType())
			.hasToString(org.hireflow.platform.web.Problem.TYPE_BASE + "cv-not-pdf");
	}

	ResponseEntity<ApplicationReceipt> postMultipart(MultiValueMap<String, Object> form) {
		return anonymous().invokeAPI("/api/public/vacancies/{vacancyReference}/applications", HttpMethod.POST,
				Map.of("vacancyReference", vacancy.getReference()), new LinkedMultiValueMap<>(), null,
				new HttpHeaders(), new LinkedMultiValueMap<>(), form, List.of(MediaType.APPLICATION_JSON),
				MediaType.MULTIPART_FORM_DATA, new String[0], new ParameterizedTypeReference<ApplicationReceipt>() {
				});
	}

	@Test
	void staff_read_the_list_and_a_case_file_and_draft_a_vacancy() {
		String reference = new PublicApplicationsApi(anonymous())
			.submitApplication(vacancy.getReference(), application(uniqueEmail()), "client-" + UUID.randomUUID())
			.getReference();
		StaffApplicationsApi applications = new StaffApplicationsApi(as("hana"));

		PagedModelApplicationSummary page = applications.searchApplications(vacancy.getReference(), "SUBMITTED", 0, 20);
		assertThat(page.getContent()).extracting(summary -> summary.getReference()).contains(reference);
		assertThat(page.getContent())
			.allSatisfy(summary -> assertThat(summary.getVacancy()).isEqualTo(vacancy.getReference()));

		CaseFile caseFile = applications.getCaseFile(reference);
		assertThat(caseFile.getReference()).isEqualTo(reference);
		assertThat(caseFile.getVacancy()).isEqualTo(vacancy.getReference());
		assertThat(caseFile.getHistory()).isNotEmpty();

		VacancyView draft = new StaffVacanciesApi(as("hana")).draftVacancy(vacancyRequest());
		assertThat(draft.getStatus()).isEqualTo("DRAFT");
		assertThat(draft.getTitle()).isEqualTo("Data Scientist");

		HttpClientErrorException anonymous = catchThrowableOfType(HttpClientErrorException.class,
				() -> new StaffApplicationsApi(anonymous()).getCaseFile(reference));
		assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
		assertThat(anonymous.getResponseBodyAs(Problem.class).getStatus()).isEqualTo(401);
	}

	static String uniqueEmail() {
		return Fixtures.uniqueEmail();
	}

	static ApplicationRequest application(String email) {
		return new ApplicationRequest().email(email)
			.givenName("Amélie")
			.familyName("Durand")
			.dateOfBirth(LocalDate.of(1990, 5, 17))
			.nationalities(List.of("FR", "CA"))
			.appliedNationality("FR")
			.languages(
					List.of(new LanguageSkill().language("en").level(5), new LanguageSkill().language("fr").level(5)))
			.highestDegree(ApplicationRequest.HighestDegreeEnum.MASTER)
			.yearsOfExperience(8)
			.correspondenceLanguage("fr")
			.declarations(new Declarations().militaryServiceObligationsMet(true).closelyRelatedToStaffMember(false))
			.answers(List.of(new AnswerRequest().questionCode("motivation").text("I care about collective defence."),
					new AnswerRequest().questionCode("example").text("I led the 2019 customs negotiation.")));
	}

	CreateVacancyRequest vacancyRequest() {
		LocalDateTime closing = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Brussels")))
			.plusDays(30)
			.withHour(23)
			.withMinute(59)
			.truncatedTo(ChronoUnit.MINUTES);
		return new CreateVacancyRequest().title("Data Scientist")
			.category(CreateVacancyRequest.CategoryEnum.A)
			.grade("A.3")
			.division("Defence Investment")
			.location("The Hague, Netherlands")
			.posts(1)
			.closingAt(closing.toString())
			.timeZone("Europe/Brussels")
			.expectedStartDate(closing.toLocalDate().plusMonths(3))
			.languageRequirements(Map.of("EN", 5, "FR", 2))
			.minDegree(CreateVacancyRequest.MinDegreeEnum.MASTER)
			.minYearsExperience(5)
			.questions(List.of(new QuestionRequest().code("motivation").text("Why?").maxLength(2000)))
			.competencies(List.of(new CompetencyRequest().code("analysis").name("Analysis").rubric("1..5")))
			.hiringManager("henri")
			.recruiters(List.of("rita"))
			.panel(new PanelRequest().members(List.of("paul", "petra", "pedro")).chair("paul"));
	}

}
