package org.hireflow.taskforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CV a candidate sent is read by the panel, from their own tasks, once screening is
 * over; the screener never gets it (screening stays blind); every opening is in the case
 * file.
 */
@IntegrationTest
class CvForPanelTests {

	static final byte[] PDF = "%PDF-1.4\n% the candidate's CV\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	TestClock clock;

	@Test
	void a_panel_member_opens_the_cv_from_the_evaluation_the_screener_cannot_and_the_opening_is_recorded() {
		TestUsers.ensure(identity, "cvRecruiter", Roles.GROUP_RECRUITERS);
		for (String member : List.of("cvChair", "cvMember", "cvThird", "cvOutsider")) {
			TestUsers.ensure(identity, member, Roles.GROUP_PANEL);
		}
		TestUsers.ensure(identity, "cvHr", Roles.GROUP_HR);
		Vacancy vacancy = pipeline.openVacancy(
				Fixtures.vacancyDraft(clock, "cvRecruiter", List.of("cvChair", "cvMember", "cvThird"), "cvChair"));
		String interviewed = pipeline.applyWithCv(vacancy, PDF);
		String screening = pipeline.applyWithCv(vacancy, PDF);
		pipeline.screen(interviewed, true);
		pipeline.assess(interviewed, 80);
		pipeline.schedule(interviewed);
		pipeline.holdInterview(interviewed);
		String evaluation = tasks.createTaskQuery()
			.processInstanceBusinessKey(interviewed)
			.taskDefinitionKey(ProcessIds.TASK_EVALUATE_CANDIDATE)
			.taskAssignee("cvMember")
			.singleResult()
			.getId();
		String screeningTask = pipeline.task(screening, ProcessIds.TASK_SCREEN_APPLICATION).getId();

		var opened = new Api(port).as("cvMember").get("/api/tasks/" + evaluation + "/cv");
		var screener = new Api(port).as("cvRecruiter").get("/api/tasks/" + screeningTask + "/cv");
		var outsider = new Api(port).as("cvOutsider").get("/api/tasks/" + evaluation + "/cv");
		var context = new Api(port).as("cvMember").get("/api/tasks/" + evaluation + "/context");
		var caseFile = new Api(port).as("cvHr").get("/api/applications/" + interviewed);

		assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
		assertThat(opened.raw().body()).isEqualTo(PDF);
		assertThat(opened.header("Content-Type")).startsWith("application/pdf");
		assertThat(opened.header("Content-Disposition")).contains("CV-" + interviewed + ".pdf");
		assertThat(opened.header("Cache-Control")).contains("no-store");
		assertThat(context.json().path("cv").asBoolean()).isTrue();
		assertThat(screener.status()).as("screening stays blind: a recruiter never gets a CV").isEqualTo(403);
		assertThat(outsider.status()).as("not on this panel").isEqualTo(404);
		assertThat(caseFile.json().path("cvOpened")).singleElement().satisfies(opening -> {
			assertThat(opening.path("by").asText()).isEqualTo("cvMember");
			assertThat(opening.path("task").asText()).isEqualTo(ProcessIds.TASK_EVALUATE_CANDIDATE);
		});
	}

}
