package org.hireflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.application.Answer;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Cv;
import org.hireflow.application.IntakeService;
import org.hireflow.application.Submission;
import org.hireflow.diversity.Gender;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proof of erasure: a candidate goes through the whole pipeline leaving their name,
 * address and words everywhere a person can put them — the application, answers, CV,
 * emails, panel comments, the chair's reason, a Tasklist comment, the engine's task and
 * decision history — then HR erases them, and a scan of every column of every table of
 * the database (the service's and every
 * {@code act_ru_*}/{@code act_hi_*}/{@code act_ge_*} table, text, JSON and bytes alike)
 * finds none of it. The same scan, before the erasure, finds it in many places: the scan
 * can see.
 */
@IntegrationTest
class ErasureReachesEveryTableTests {

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	IntakeService intake;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void after_erasing_a_candidate_no_table_holds_their_name_address_or_words() {
		TestUsers.ensure(identity, "hedda", Roles.GROUP_HR);
		String unique = Long.toString(System.nanoTime(), 36);
		String given = "Zyxwaqu" + unique;
		String family = "Brontolovic" + unique;
		String email = "zq." + unique + "@example.org";
		List<String> needles = List.of(given, family, email);

		Vacancy vacancy = pipeline.openVacancy(1);
		Submission base = Pipeline.submission(vacancy, profile -> {
			profile.givenName = given;
			profile.familyName = family;
			profile.email = email;
			profile.gender = Gender.WOMAN;
		});
		Submission submission = new Submission(base.email(), base.correspondenceLanguage(), base.profile(),
				base.answers()
					.stream()
					.map(answer -> new Answer(answer.questionCode(), "I am " + given + " " + family + "."))
					.toList(),
				Optional.of(Gender.WOMAN));
		byte[] cv = ("%PDF-1.4\n% CV of " + given + " " + family + " <" + email + ">\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		String reference = intake
			.submit(vacancy.getReference(), submission, Optional.of(new Cv("cv.pdf", cv)), null, null)
			.application()
			.getReference();
		pipeline.runJobs();
		pipeline.screen(reference, true);
		pipeline.assess(reference, 80);
		pipeline.schedule(reference);
		pipeline.holdInterview(reference);
		for (Task evaluation : pipeline.tasks(reference, ProcessIds.TASK_EVALUATE_CANDIDATE)) {
			tasks.complete(evaluation.getId(), Map.of("scores", pipeline.scores(reference, 2, Map.of()),
					"recommendation", "REJECT", "comment", family + " answered without examples."));
			pipeline.runJobs();
		}
		Task decision = pipeline.task(reference, ProcessIds.TASK_DECIDE_ON_CANDIDATE);
		// as a signed-in person (here an administrator): the engine logs their actions
		TestUsers.ensure(identity, "eraseAdmin", Roles.GROUP_ADMIN);
		identity.setAuthentication("eraseAdmin", List.of(Roles.GROUP_ADMIN));
		try {
			tasks.createComment(decision.getId(), decision.getProcessInstanceId(), "Called " + given + " back");
			tasks.complete(decision.getId(),
					Map.of("decision", "REJECT", "reason", family + " lacks the depth the notice asks for"));
		}
		finally {
			identity.clearAuthentication();
		}
		pipeline.runJobs();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.REJECTED);
		List<String> processes = history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(reference)
			.list()
			.stream()
			.map(instance -> instance.getId())
			.toList();
		JsonNode reportBefore = report(vacancy);

		assertThat(jdbc.queryForObject("select count(*) from act_hi_op_log where proc_inst_id_ in (%s)"
			.formatted(String.join(", ", processes.stream().map(id -> "'" + id + "'").toList())), Long.class))
			.as("the engine logged the people's actions on the case")
			.isPositive();
		List<String> before = scan(needles);
		assertThat(before).as("the scan finds the candidate where they are")
			.contains("candidate.email", "candidate.family_name", "application.profile", "application.answers",
					"application_cv.content", "outbox_message.text_body", "panel_evaluation.comment", "decision.reason",
					"act_hi_comment.message_");

		Api.Response erased = new Api(port).as("hedda").postJson("/api/applications/" + reference + "/erasure", "");
		assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
		assertThat(erased.json().path("erased").get(0).asText()).isEqualTo(reference);
		pipeline.runJobs();

		assertThat(scan(needles)).as("tables still holding the candidate's name, address or words").isEmpty();
		assertThat(processes.stream()
			.mapToLong(id -> history.createHistoricDecisionInstanceQuery().processInstanceId(id).count())
			.sum()).as("the eligibility decision's inputs (nationality, age) went with the case").isZero();
		for (String table : List.of("act_hi_op_log", "act_hi_comment", "act_hi_varinst", "act_hi_detail",
				"act_hi_taskinst", "act_hi_actinst", "act_hi_incident", "act_hi_job_log", "act_hi_identitylink")) {
			String column = jdbc.queryForObject(
					"""
							select column_name from information_schema.columns where table_schema = current_schema()
							  and table_name = ? and column_name in ('proc_inst_id_', 'process_instance_id_', 'root_proc_inst_id_')
							order by column_name = 'root_proc_inst_id_' limit 1""",
					String.class, table);
			String sql = "select count(*) from %s where %s in (%s)".formatted(table, column,
					String.join(", ", processes.stream().map(id -> "'" + id + "'").toList()));
			assertThat(jdbc.queryForObject(sql, Long.class))
				.as("rows of the erased case's process instances in " + table)
				.isZero();
		}
		assertThat(report(vacancy).path("funnel")).as("the reports still count the erased candidate")
			.isEqualTo(reportBefore.path("funnel"));
		assertThat(jdbc.queryForObject("select count(*) from erasure_record where application_reference = ?",
				Long.class, reference))
			.isEqualTo(1);

		Api.Response again = new Api(port).as("hedda").postJson("/api/applications/" + reference + "/erasure", "");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("erased")).as("erasing again changes nothing").isEmpty();
	}

	private JsonNode report(Vacancy vacancy) {
		return new Api(port).as("hedda").get("/api/reports/pipeline?vacancy=" + vacancy.getReference()).json();
	}

	/** "table.column" of every column, of every table, holding any of the needles. */
	private List<String> scan(List<String> needles) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = jdbc.queryForList("""
				select c.table_name, c.column_name, c.data_type from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.data_type in ('character varying', 'character', 'text', 'json', 'jsonb', 'bytea')
				order by c.table_name, c.column_name""");
		assertThat(columns).as("the scan sees the engine's tables too")
			.anySatisfy(column -> assertThat(column.get("table_name")).isEqualTo("act_hi_varinst"));
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			boolean bytes = "bytea".equals(column.get("data_type"));
			for (String needle : needles) {
				String where = bytes ? "position(convert_to(?, 'UTF8') in \"%s\") > 0".formatted(name)
						: "\"%s\"::text ilike '%%' || ? || '%%'".formatted(name);
				Long hits = jdbc.queryForObject("select count(*) from \"%s\" where %s".formatted(table, where),
						Long.class, needle);
				if (hits != null && hits > 0) {
					found.add(table + "." + name);
					break;
				}
			}
		}
		return found;
	}

}
