package org.hireflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.interview.InterviewService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.security.Roles;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.testing.browser.Chromium;
import org.hireflow.testing.browser.Tasklist;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Recruiters and panels at work in the real Tasklist, in real headless Chromium: blind
 * screening, the panel's evaluations, another panel's member who sees nothing, the
 * chair's calibration and decision — with a candidate whose name is markup. Screenshots
 * of each role's view go to {@code target/screenshots/}.
 */
@IntegrationTest
@ExtendWith(Chromium.class)
class TasklistBrowserTests {

	static final String XSS_NAME = "<img src=x onerror=alert(1)>";

	@LocalServerPort
	int port;

	@Autowired
	Pipeline pipeline;

	@Autowired
	IdentityService identity;

	@Autowired
	TaskService tasks;

	@Autowired
	InterviewService interviews;

	@Autowired
	TestClock clock;

	Tasklist tasklist;

	@BeforeEach
	void setUp() {
		// with no administrator at all, the webapps would show their first-run setup page
		// instead of the login
		TestUsers.ensure(identity, "admin", Roles.GROUP_ADMIN);
		TestUsers.ensure(identity, "rosa", Roles.GROUP_RECRUITERS);
		for (String member : List.of("pia", "piet", "pavel", "otto")) {
			TestUsers.ensure(identity, member, Roles.GROUP_PANEL);
		}
		TestUsers.ensure(identity, "hannah", Roles.GROUP_HR);
		tasklist = new Tasklist(Chromium.driver(), port);
	}

	@Test
	void from_screening_to_hired_in_tasklist_every_form_says_whose_application_with_blind_screening_and_no_script_run() {
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, "rosa", List.of("pia", "piet", "pavel"), "pia"));
		String reference = pipeline.apply(vacancy, profile -> {
			profile.givenName = XSS_NAME;
			profile.familyName = "Kowalczyk";
			profile.nationality = "PL";
		});

		// the recruiter screens without seeing who the candidate is
		tasklist.login("rosa");
		assertThat(tasklist.filterNames()).contains("My screening queue", "Assigned to me", "Offered to me", "Overdue")
			.doesNotContain("My tasks");
		assertThat(tasklist.openFilter("My screening queue")).hasSize(1);
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_SCREEN_APPLICATION));
		assertThat(tasklist.embeddedForm().getText()).contains(reference);
		// what staff may not use is not offered: the engine refuses history, comments,
		// starting processes and creating tasks
		assertThat(String.valueOf(tasklist.script("return Array.from(document.querySelectorAll('.nav-tabs a'))"
				+ ".map(function (a) { return a.textContent.trim(); }).join('|');")))
			.contains("Form")
			.doesNotContain("History");
		assertThat(tasklist.pageText()).doesNotContain("Start process")
			.doesNotContain("Create task")
			.doesNotContain("Add Comment")
			.contains("NATO Civilian Recruitment Tasklist")
			.doesNotContain("Recruitment Recruitment");
		assertThat(tasklist.text(".hireflow-blind")).contains("Blind screening");
		assertThat(tasklist.pageText()).contains("My answer to motivation")
			.doesNotContain("Kowalczyk")
			.doesNotContain("Poland")
			.doesNotContain("1990-05-17")
			.doesNotContain("PL");
		Chromium.screenshot("screenshots", "recruiter-screening");
		tasklist.select("outcome", "Shortlist");
		tasklist.complete();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.ASSESSMENT);

		// the recruiter records the assessment against the pass mark, then schedules the
		// interview to the minute
		tasklist.openFilter("Offered to me");
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_RECORD_ASSESSMENT));
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-context")).contains(reference, vacancy.getTitle(), "Record assessment");
		assertThat(tasklist.text(".hireflow-pass-mark")).isEqualTo(String.valueOf(vacancy.getAssessmentPassMark()));
		tasklist.select("kind", "Written test");
		tasklist.type("score", "78");
		tasklist.complete();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.INTERVIEW);
		tasklist.openFilter("Offered to me");
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_SCHEDULE_INTERVIEW));
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-context")).contains(reference, vacancy.getTitle(), "Schedule");
		LocalDate day = LocalDate.now(clock).plusDays(10);
		tasklist.type("startsAt", day + " 14:37");
		tasklist.select("timeZone", "Europe/Brussels");
		tasklist.type("durationMinutes", "60");
		tasklist.type("location", "Boulevard Léopold III, Brussels, room 3");
		tasklist.complete();
		assertThat(interviews.of(pipeline.application(reference).getId()).orElseThrow().getStartsAt().toInstant())
			.as("to the minute, in the time zone chosen")
			.isEqualTo(day.atTime(14, 37).atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant());
		pipeline.holdInterview(reference);

		// three panel members evaluate; their scores on integrity diverge
		Map<String, Integer> integrity = Map.of("pia", 5, "piet", 4, "pavel", 2);
		for (String member : List.of("pia", "piet", "pavel")) {
			tasklist.login(member);
			assertThat(tasklist.openFilter("My panel evaluations")).hasSize(1);
			tasklist.openTask(taskOf(reference, ProcessIds.TASK_EVALUATE_CANDIDATE, member));
			tasklist.embeddedForm();
			assertThat(tasklist.text(".hireflow-candidate")).isEqualTo(XSS_NAME + " Kowalczyk");
			assertThat(tasklist.text(".hireflow-no-cv")).as("this candidate sent none").contains("no CV");
			for (var criterion : interviews.criteria(pipeline.application(reference).getId())) {
				int score = criterion.code().equals("integrity") ? integrity.get(member) : 4;
				tasklist.select("score-" + criterion.code(), String.valueOf(score));
			}
			tasklist.select("recommendation", "Select");
			tasklist.type("comment", "Clear STAR examples; " + member + "'s notes");
			if (member.equals("pia")) {
				Chromium.screenshot("screenshots", "panel-member-evaluation");
			}
			tasklist.complete();
			assertNoScriptRan();
		}

		pipeline.runJobs(); // the save point before calibration: jobs run when the test
							// says so

		// a member of another vacancy's panel sees none of it
		tasklist.login("otto");
		assertThat(tasklist.openFilter("My panel evaluations")).isEmpty();
		String chairsTask = taskOf(reference, ProcessIds.TASK_JUSTIFY_CALIBRATION);
		assertThat(tasklist.script("var r = new XMLHttpRequest(); r.open('GET', '/api/tasks/" + chairsTask
				+ "/context', false); r.send(); return r.status;"))
			.isEqualTo(404L);
		Chromium.screenshot("screenshots", "other-panel-member");

		// the chair sees the calibration flag, justifies, then decides
		tasklist.login("pia");
		assertThat(tasklist.openFilter("My approvals and decisions")).hasSize(1);
		tasklist.openTask(chairsTask);
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-calibration")).as("criteria by name").contains("Integrity");
		tasklist.type("justification", "Pavel weighed an old audit finding that the panel agreed was resolved.");
		tasklist.complete();
		tasklist.openFilter("My approvals and decisions");
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_DECIDE_ON_CANDIDATE));
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-calibration")).contains("Integrity").contains("audit finding");
		assertThat(tasklist.text(".hireflow-form table")).contains("Analysis").doesNotContain("analysis");
		assertThat(tasklist.text(".hireflow-candidate")).isEqualTo(XSS_NAME + " Kowalczyk");
		Chromium.screenshot("screenshots", "chair-decision");
		tasklist.select("decision", "Select");
		tasklist.type("reason", "Strongest candidate; divergence resolved");
		tasklist.complete();
		pipeline.runJobs();
		assertNoScriptRan();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.OFFER);

		// HR finds the offer to approve and sees whose it is, at what grade, and why
		tasklist.login("hannah");
		assertThat(tasklist.openFilter("Offers and clearances")).isNotEmpty();
		Chromium.screenshot("screenshots", "hr-offers-and-clearances");
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_APPROVE_OFFER));
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-context")).contains(reference, vacancy.getTitle(), "Approve offer",
				"Strongest candidate; divergence resolved");
		assertThat(tasklist.text(".hireflow-notice-grade")).isEqualTo(vacancy.getGrade());
		assertThat(tasklist.text(".hireflow-candidate")).isEqualTo(XSS_NAME + " Kowalczyk");
		LocalDate start = LocalDate.now(clock).plusMonths(3);
		tasklist.type("grade", vacancy.getGrade());
		tasklist.type("step", "3");
		tasklist.type("startDate", start.toString());
		tasklist.complete();
		pipeline.runJobs();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.OFFER);
		pipeline.answerOffer(reference, true);

		// each clearance shows the start date it is needed by
		for (String clearance : List.of(ProcessIds.TASK_RECORD_SECURITY_CLEARANCE,
				ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE)) {
			tasklist.openFilter("Offers and clearances");
			tasklist.openTask(taskOf(reference, clearance));
			tasklist.embeddedForm();
			assertThat(tasklist.text(".hireflow-context")).contains(reference, vacancy.getTitle());
			assertThat(tasklist.text(".hireflow-start-date")).isEqualTo(start.toString());
			tasklist.select("cleared", "Cleared");
			tasklist.complete();
			pipeline.runJobs();
		}
		assertNoScriptRan();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.HIRED);
	}

	@Test
	void the_form_asks_for_a_reason_to_reject_and_the_server_refuses_a_rejection_without_one_when_the_form_is_bypassed() {
		TestUsers.ensure(identity, "rex", Roles.GROUP_RECRUITERS);
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, "rex", List.of("pia", "piet", "pavel"), "pia"));
		String reference = pipeline.apply(vacancy);
		tasklist.login("rex");
		String task = taskOf(reference, ProcessIds.TASK_SCREEN_APPLICATION);
		tasklist.openFilter("My screening queue");
		tasklist.openTask(task);
		tasklist.select("outcome", "Reject");
		tasklist.complete();
		assertThat(tasklist.pageText()).contains("Give a reason to reject.");
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.SCREENING);

		Object status = tasklist.script("var r = new XMLHttpRequest();"
				+ "r.open('POST', '/camunda/api/engine/engine/default/task/" + task + "/submit-form', false);"
				+ "r.setRequestHeader('Content-Type', 'application/json');"
				+ "var token = document.cookie.split('; ').filter(function(c){return c.indexOf('XSRF-TOKEN=')===0;})[0];"
				+ "r.setRequestHeader('X-XSRF-TOKEN', token ? token.substring(11) : '');"
				+ "r.send(JSON.stringify({variables: {outcome: {value: 'REJECTED', type: 'String'}}}));"
				+ "return r.status + ' ' + r.responseText;");

		assertThat(String.valueOf(status)).startsWith("400").contains("reason");
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.SCREENING);
	}

	private void assertNoScriptRan() {
		assertThat(tasklist.alertOpen()).as("an alert() from the candidate's name ran").isFalse();
		assertThat(tasklist.script("return document.querySelectorAll(\"img[src='x']\").length")).isEqualTo(0L);
	}

	private String taskOf(String reference, String taskKey) {
		return pipeline.task(reference, taskKey).getId();
	}

	private String taskOf(String reference, String taskKey, String assignee) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(taskKey)
			.taskAssignee(assignee)
			.singleResult()
			.getId();
	}

}
