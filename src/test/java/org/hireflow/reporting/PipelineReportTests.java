package org.hireflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.hireflow.diversity.Gender;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A vacancy's pipeline report, from applications that went through the real pipeline: the
 * funnel, time in stage and representation as HR reads them, small cells hidden; and the
 * self-identification it counts, kept apart from everything that assesses the candidate.
 */
@IntegrationTest
class PipelineReportTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	@Autowired
	org.camunda.bpm.engine.IdentityService identity;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void hr_reads_the_funnel_time_in_stage_and_representation_with_cells_under_five_hidden() {
		TestUsers.ensure(identity, "hedda", Roles.GROUP_HR);
		Vacancy vacancy = pipeline.openVacancy(2);
		List<String> references = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Gender gender = i < 6 ? Gender.WOMAN : i < 11 ? Gender.MAN : null;
			references.add(pipeline.apply(vacancy, profile -> {
				profile.gender = gender;
				profile.nationality = "BE";
			}));
		}
		clock.advance(Duration.ofDays(3));
		for (int i = 0; i < 12; i++) {
			// two women screened out, the rest shortlisted after three days in screening
			pipeline.screen(references.get(i), i != 0 && i != 1);
		}

		JsonNode report = new Api(port).as("hedda")
			.get("/api/reports/pipeline?vacancy=" + vacancy.getReference())
			.json();

		assertThat(people(report)).containsExactly(12L, 12L, 10L, 0L, 0L, 0L, 0L);
		assertThat(report.path("funnel").get(2).path("conversionPercent").asDouble()).isEqualTo(83.3);
		JsonNode screening = stage(report, "SCREENING");
		assertThat(screening.path("cases").asLong()).isEqualTo(12);
		assertThat(screening.path("medianDays").asDouble()).isEqualTo(3.0);
		Map<String, JsonNode> gender = rows(report.path("gender"));
		assertThat(gender.get("WOMAN").path("cells").get(0).asText()).isEqualTo("6");
		assertThat(gender.get("MAN").path("cells").get(0).asText()).isEqualTo("5");
		assertThat(gender.get("WOMAN").path("cells").get(2).asText()).as("4 women shortlisted").isEqualTo("<5");
		assertThat(gender.get("NOT_ANSWERED").path("cells").get(0).asText()).as("one person").isEqualTo("<5");
		assertThat(gender.get("MAN").path("cells").get(2).asText())
			.as("visible: the shortlist's other 5 share four hidden cells, none of which can be told")
			.isEqualTo("5");
		Map<String, JsonNode> nationality = rows(report.path("nationality"));
		assertThat(report.path("nationality").path("flagged")).as("flagged by an administrator, below")
			.noneMatch(code -> code.asText().equals("LU"));
		assertThat(nationality.get("BE").path("cells").get(0).asText()).isEqualTo("12");
		assertThat(nationality).as("every member state is a row").containsKey("IS");

		Api.Response page = new Api(port).as("hedda").get("/reports/pipeline?vacancy=" + vacancy.getReference());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.text()).contains("<svg", "class=\"segment WOMAN\"", "&lt;5")
			.as("the chart draws what the table shows: no hidden count appears")
			.doesNotContain(">4<", ">1<");

		TestUsers.ensure(identity, "rpAdmin", Roles.GROUP_ADMIN);
		Api.Response flagged = new Api(port).as("rpAdmin")
			.putJson("/api/member-states/LU", Map.of("joinedOn", "1949-08-24", "underRepresented", true));
		assertThat(flagged.status()).as(flagged.toString()).isEqualTo(200);
		assertThat(new Api(port).as("hedda")
			.get("/api/reports/pipeline?vacancy=" + vacancy.getReference())
			.json()
			.path("nationality")
			.path("flagged")).anyMatch(code -> code.asText().equals("LU"));
		new Api(port).as("rpAdmin")
			.putJson("/api/member-states/LU", Map.of("joinedOn", "1949-08-24", "underRepresented", false));

		String csv = new Api(port).as("hedda")
			.get("/api/reports/pipeline.csv?vacancy=" + vacancy.getReference())
			.text();
		assertThat(csv).startsWith("section,milestone,category,value\r\n")
			.contains("people,APPLIED,,12\r\n")
			.contains("gender,APPLIED,WOMAN,6\r\n")
			.contains("gender,APPLIED,NOT_ANSWERED,<5\r\n");
	}

	@Test
	void a_candidates_gender_is_stored_apart_and_never_reaches_the_engine_or_the_case_file() {
		TestUsers.ensure(identity, "hedda", Roles.GROUP_HR);
		Vacancy vacancy = pipeline.openVacancy(1);
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("selfIdentification", Map.of("gender", "ANOTHER_GENDER"));
		Api.Response created = new Api(port).postJson(Fixtures.applicationsPath(vacancy.getReference()), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String reference = created.json().path("reference").asText();
		pipeline.runJobs();

		assertThat(jdbc.queryForObject("""
				select d.gender from diversity_self_identification d join application a on a.id = d.application_id
				where a.reference = ?""", String.class, reference)).isEqualTo("ANOTHER_GENDER");
		assertThat(jdbc.queryForObject("select profile::text || answers::text from application where reference = ?",
				String.class, reference))
			.doesNotContain("ANOTHER_GENDER")
			.doesNotContainIgnoringCase("gender");
		String processInstance = pipeline.process(reference).getId();
		for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
			.processInstanceId(processInstance)
			.list()) {
			assertThat(variable.getName() + "=" + variable.getValue()).doesNotContainIgnoringCase("gender")
				.doesNotContain("ANOTHER_GENDER");
		}
		assertThat(new Api(port).as("hedda").get("/api/applications/" + reference).text())
			.doesNotContainIgnoringCase("gender")
			.doesNotContain("ANOTHER_GENDER");
	}

	@Test
	void a_gender_that_is_not_one_of_the_choices_is_refused_and_none_at_all_is_taken() {
		Vacancy vacancy = pipeline.openVacancy(1);
		Map<String, Object> body = Fixtures.application(Fixtures.uniqueEmail());
		body.put("selfIdentification", Map.of("gender", "UNSPECIFIED"));
		Api.Response refused = new Api(port).postJson(Fixtures.applicationsPath(vacancy.getReference()), body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("invalid-value");
		assertThat(refused.json().path("detail").asText()).isEqualTo(
				"Field 'selfIdentification.gender' must be one of WOMAN, MAN, ANOTHER_GENDER, PREFER_NOT_TO_SAY.");
		Api.Response french = new Api(port).header("Accept-Language", "fr")
			.postJson(Fixtures.applicationsPath(vacancy.getReference()), body);
		assertThat(french.json().path("detail").asText())
			.startsWith("Le champ « selfIdentification.gender » doit valoir");

		body.put("selfIdentification", Map.of());
		assertThat(new Api(port).postJson(Fixtures.applicationsPath(vacancy.getReference()), body).status())
			.isEqualTo(201);
	}

	@Test
	void a_period_that_ends_before_it_starts_is_a_problem_and_an_unknown_vacancy_a_404() {
		TestUsers.ensure(identity, "hedda", Roles.GROUP_HR);
		Api hr = new Api(port).as("hedda");
		Api.Response empty = hr.get("/api/reports/pipeline?from=2027-01-01&to=2026-01-01");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.problemType()).isEqualTo("invalid-parameter");
		assertThat(hr.get("/api/reports/pipeline?vacancy=VN-2099-9999").status()).isEqualTo(404);
		assertThat(hr.get("/api/reports/pipeline?from=yesterday").status()).isEqualTo(400);
	}

	private static List<Long> people(JsonNode report) {
		List<Long> people = new ArrayList<>();
		report.path("funnel").forEach(step -> people.add(step.path("people").asLong()));
		return people;
	}

	private static JsonNode stage(JsonNode report, String stage) {
		for (JsonNode duration : report.path("timeInStage")) {
			if (duration.path("stage").asText().equals(stage)) {
				return duration;
			}
		}
		throw new AssertionError("no time in stage " + stage + ": " + report);
	}

	private static Map<String, JsonNode> rows(JsonNode table) {
		Map<String, JsonNode> rows = new java.util.LinkedHashMap<>();
		table.path("rows").forEach(row -> rows.put(row.path("category").asText(), row));
		return rows;
	}

}
