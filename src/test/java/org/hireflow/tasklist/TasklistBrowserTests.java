package org.hireflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.StatusTokens;
import org.hireflow.interview.InterviewService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.security.Roles;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.testing.browser.CandidateBrowser;
import org.hireflow.testing.browser.Chromium;
import org.hireflow.testing.browser.Tasklist;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One application from the candidate's form to hired in the real Tasklist, in real
 * headless Chromium, once in English and once in French: blind screening, the panel's
 * evaluations with the CV, another panel's member who sees nothing, the chair's
 * calibration and decision, HR's offer, the candidate's acceptance, the clearances — with
 * a candidate whose name is markup. Screenshots of each role's view go to
 * {@code target/screenshots/} ({@code docs/screenshots/} with {@code -Pscreenshots}).
 */
@IntegrationTest
@ExtendWith(Chromium.class)
class TasklistBrowserTests {

	static final String XSS_NAME = "<img src=x onerror=alert(1)>";

	static final byte[] CV = "%PDF-1.4\n% the candidate's CV\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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

	@Autowired
	ApplicationService applications;

	@Autowired
	StatusTokens tokens;

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

	/**
	 * The walk-through: the candidate applies on the form (with a CV), recruiters, the
	 * panel, the chair and HR work every step in Tasklist, the candidate accepts on the
	 * status page, HR records both clearances: hired. Once in English, once in French —
	 * the candidate's pages, Tasklist, every form and its refusals in that language.
	 */
	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "fr" })
	@Timeout(value = 270, unit = TimeUnit.SECONDS)
	void from_the_candidate_form_to_hired_every_form_says_whose_application_in_the_users_language(String language)
			throws Exception {
		boolean fr = language.equals("fr");
		Chromium.language(fr ? "fr-FR" : "en-GB");
		Texts texts = new Texts(language);
		// a recruiter per walk, so that each screening queue holds this walk's
		// application
		String recruiter = fr ? "rene" : "rosa";
		TestUsers.ensure(identity, recruiter, Roles.GROUP_RECRUITERS);
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, recruiter, List.of("pia", "piet", "pavel"), "pia"));
		String email = Fixtures.uniqueEmail();
		String thanks = new CandidateBrowser(Chromium.driver(), port).apply(vacancy.getReference(),
				new CandidateBrowser.Applicant(XSS_NAME, fr ? "Lefèvre" : "Kowalczyk", email, fr ? "FR" : "PL",
						language),
				CV);
		assertThat(thanks).isEqualTo(fr ? "Merci de votre candidature" : "Thank you for applying");
		String reference = applications.ofCandidate(email).get(0).getReference();
		String familyName = fr ? "Lefèvre" : "Kowalczyk";
		pipeline.runJobs();

		// the recruiter screens without seeing who the candidate is
		tasklist.login(recruiter);
		assertThat(tasklist.filterNames()).contains("My screening queue", "Assigned to me", "Offered to me", "Overdue")
			.doesNotContain("My tasks");
		assertThat(tasklist.openFilter("My screening queue")).hasSize(1);
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_SCREEN_APPLICATION));
		assertThat(tasklist.embeddedForm().getText()).contains(reference);
		assertThat(tasklist.text("button[ng-click='complete()']")).as("Tasklist itself in the user's language")
			.isEqualTo(texts.camunda("COMPLETE"));
		assertThat(tasklist.text(".hireflow-form legend")).isEqualTo(texts.form("HF_SCREENING_LEGEND"));
		// what staff may not use is not offered: the engine refuses history, comments,
		// starting processes and creating tasks
		assertThat(String.valueOf(tasklist.script("return Array.from(document.querySelectorAll('.nav-tabs a'))"
				+ ".map(function (a) { return a.textContent.trim(); }).join('|');")))
			.contains(texts.camunda("FORM"))
			.doesNotContain(texts.camunda("HISTORY"));
		assertThat(tasklist.pageText()).doesNotContain(texts.camunda("START_PROCESS"))
			.doesNotContain(texts.camunda("CREATE_TASK"))
			.doesNotContain(texts.camunda("COMMENT_CREATE"))
			.contains("NATO Civilian Recruitment Tasklist")
			.doesNotContain("Recruitment Recruitment");
		assertThat(tasklist.text(".hireflow-blind")).isEqualTo(texts.form("HF_SCREENING_BLIND"));
		assertThat(tasklist.pageText()).contains("I negotiated the 2021 fuel contract.")
			.doesNotContain(familyName)
			.doesNotContain("1990-05-17");
		assertThat(tasklist.pageText()).doesNotContain(texts.form("HF_CV_OPEN"));
		assertThat(httpStatus("/api/tasks/" + taskOf(reference, ProcessIds.TASK_SCREEN_APPLICATION) + "/cv"))
			.as("screening stays blind: no CV for the recruiter")
			.isEqualTo(403L);
		if (!fr) {
			Chromium.screenshot("screenshots", "recruiter-screening");
		}
		tasklist.selectValue("outcome", "SHORTLISTED");
		tasklist.complete();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.ASSESSMENT);

		// the recruiter records the assessment against the pass mark, then schedules the
		// interview to the minute
		tasklist.openFilter("Offered to me");
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_RECORD_ASSESSMENT));
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-context")).contains(reference, vacancy.getTitle(),
				texts.form("HF_STEP_Task_RecordAssessment"));
		assertThat(tasklist.text(".hireflow-pass-mark")).isEqualTo(String.valueOf(vacancy.getAssessmentPassMark()));
		tasklist.selectValue("kind", "WRITTEN_TEST");
		tasklist.type("score", "78");
		tasklist.complete();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.INTERVIEW);
		pipeline.runJobs();

		// before anything of the application is shown, each panel member declares whether
		// they know the candidate: the form shows the name and the reference, nothing
		// else. The chair declares in Tasklist; the two others as the engine takes it,
		// which keeps the walk short.
		tasklist.login("pia");
		assertThat(tasklist.openFilter("My panel evaluations")).hasSize(1);
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_DECLARE_INTERESTS, "pia"));
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-context")).contains(reference, texts.form("HF_STEP_Task_DeclareInterests"));
		assertThat(tasklist.text(".hireflow-candidate")).isEqualTo(XSS_NAME + " " + familyName);
		assertThat(tasklist.text(".hireflow-form legend")).isEqualTo(texts.form("HF_DECLARATION_LEGEND"));
		assertThat(tasklist.pageText()).doesNotContain("I negotiated the 2021 fuel contract.")
			.doesNotContain(email)
			.doesNotContain(texts.form("HF_CV_OPEN"));
		tasklist.selectValue("conflict", "false");
		Chromium.screenshot("screenshots", fr ? "panel-member-declaration-fr" : "panel-member-declaration");
		tasklist.complete();
		assertNoScriptRan();
		pipeline.declareNoConflicts(reference);

		tasklist.login(recruiter);
		tasklist.openFilter("Offered to me");
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_SCHEDULE_INTERVIEW));
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-context")).contains(reference, vacancy.getTitle(),
				texts.form("HF_STEP_Task_ScheduleInterview"));
		LocalDate day = LocalDate.now(clock).plusDays(10);
		tasklist.type("startsAt", day + " 14:37");
		tasklist.selectValue("timeZone", "Europe/Brussels");
		tasklist.type("durationMinutes", "60");
		tasklist.type("location", "Boulevard Léopold III, Brussels, room 3");
		tasklist.complete();
		assertThat(interviews.of(pipeline.application(reference).getId()).orElseThrow().getStartsAt().toInstant())
			.as("to the minute, in the time zone chosen")
			.isEqualTo(day.atTime(14, 37).atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant());
		pipeline.holdInterview(reference);

		// three panel members evaluate, the CV at hand; their scores on integrity diverge
		Map<String, Integer> integrity = Map.of("pia", 5, "piet", 4, "pavel", 2);
		for (String member : List.of("pia", "piet", "pavel")) {
			tasklist.login(member);
			assertThat(tasklist.openFilter("My panel evaluations")).hasSize(1);
			tasklist.openTask(taskOf(reference, ProcessIds.TASK_EVALUATE_CANDIDATE, member));
			tasklist.embeddedForm();
			assertThat(tasklist.text(".hireflow-candidate")).isEqualTo(XSS_NAME + " " + familyName);
			assertThat(tasklist.text(".hireflow-cv")).isEqualTo(texts.form("HF_CV_OPEN"));
			assertThat(httpStatus(tasklist.script("return document.querySelector('.hireflow-cv').href;").toString()))
				.as("the link opens the CV")
				.isEqualTo(200L);
			for (var criterion : interviews.criteria(pipeline.application(reference).getId())) {
				int score = criterion.code().equals("integrity") ? integrity.get(member) : 4;
				tasklist.select("score-" + criterion.code(), String.valueOf(score));
			}
			tasklist.selectValue("recommendation", "SELECT");
			tasklist.type("comment", "Clear STAR examples; " + member + "'s notes");
			if (member.equals("pia")) {
				Chromium.screenshot("screenshots", fr ? "panel-member-evaluation-fr" : "panel-member-evaluation");
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
		if (!fr) {
			Chromium.screenshot("screenshots", "other-panel-member");
		}

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
		assertThat(tasklist.text(".hireflow-form table")).contains("Analysis")
			.doesNotContain("analysis")
			.contains(texts.form("HF_CRITERION"));
		assertThat(tasklist.text(".hireflow-candidate")).isEqualTo(XSS_NAME + " " + familyName);
		if (!fr) {
			Chromium.screenshot("screenshots", "chair-decision");
		}
		tasklist.selectValue("decision", "SELECT");
		tasklist.type("reason", "Strongest candidate; divergence resolved");
		tasklist.complete();
		pipeline.runJobs();
		assertNoScriptRan();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.OFFER);

		// HR finds the offer to approve and sees whose it is, at what grade, and why
		tasklist.login("hannah");
		assertThat(tasklist.openFilter("Offers and clearances")).isNotEmpty();
		if (!fr) {
			Chromium.screenshot("screenshots", "hr-offers-and-clearances");
		}
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_APPROVE_OFFER));
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-context")).contains(reference, vacancy.getTitle(),
				texts.form("HF_STEP_Task_ApproveOffer"), "Strongest candidate; divergence resolved");
		assertThat(tasklist.text(".hireflow-decision")).isEqualTo(texts.form("HF_CODE_SELECT"));
		assertThat(tasklist.text(".hireflow-notice-grade")).isEqualTo(vacancy.getGrade());
		assertThat(tasklist.text(".hireflow-candidate")).isEqualTo(XSS_NAME + " " + familyName);
		LocalDate start = LocalDate.now(clock).plusMonths(3);
		tasklist.type("grade", vacancy.getGrade());
		tasklist.type("step", "3");
		tasklist.type("startDate", start.toString());
		tasklist.complete();
		pipeline.runJobs();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.OFFER);

		// the candidate accepts on the status page, in the language they applied in
		assertThat(new CandidateBrowser(Chromium.driver(), port).acceptOffer(tokens.tokenFor(reference)))
			.isEqualTo(language);
		pipeline.runJobs();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.CLEARANCE);

		// each clearance shows the start date it is needed by
		tasklist.login("hannah");
		for (String clearance : List.of(ProcessIds.TASK_RECORD_SECURITY_CLEARANCE,
				ProcessIds.TASK_RECORD_MEDICAL_CLEARANCE)) {
			tasklist.openFilter("Offers and clearances");
			tasklist.openTask(taskOf(reference, clearance));
			tasklist.embeddedForm();
			assertThat(tasklist.text(".hireflow-context")).contains(reference, vacancy.getTitle(),
					texts.form("HF_STEP_" + clearance));
			assertThat(tasklist.text(".hireflow-start-date")).isEqualTo(start.toString());
			tasklist.selectValue("cleared", "true");
			tasklist.complete();
			pipeline.runJobs();
		}
		assertNoScriptRan();
		assertThat(pipeline.status(reference)).isEqualTo(ApplicationStatus.HIRED);
	}

	@Test
	void ten_forms_opened_in_a_row_after_a_fresh_login_never_send_the_user_back_to_the_login_page_nor_challenge_the_browser() {
		Chromium.language("en-GB");
		TestUsers.ensure(identity, "tess", Roles.GROUP_RECRUITERS);
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, "tess", List.of("pia", "piet", "pavel"), "pia"));
		List<String> references = IntStream.range(0, 10).mapToObj(i -> pipeline.apply(vacancy)).toList();
		Chromium.challenges(); // what came before this login

		tasklist.login("tess");
		assertThat(tasklist.openFilter("My screening queue")).hasSize(10);
		for (String reference : references) {
			tasklist.openTask(taskOf(reference, ProcessIds.TASK_SCREEN_APPLICATION));
			assertThat(tasklist.embeddedForm().getText()).contains(reference);
			assertThat(tasklist.signedIn()).as("still signed in after opening %s", reference).isTrue();
		}

		assertThat(Chromium.challenges()).as("no page the browser loaded asked it for a password").isEmpty();
	}

	@Test
	void the_form_asks_for_a_reason_to_reject_and_the_server_refuses_a_rejection_without_one_when_the_form_is_bypassed() {
		Chromium.language("en-GB");
		TestUsers.ensure(identity, "rex", Roles.GROUP_RECRUITERS);
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, "rex", List.of("pia", "piet", "pavel"), "pia"));
		String reference = pipeline.apply(vacancy);
		tasklist.login("rex");
		String task = taskOf(reference, ProcessIds.TASK_SCREEN_APPLICATION);
		tasklist.openFilter("My screening queue");
		tasklist.openTask(task);
		tasklist.selectValue("outcome", "REJECTED");
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

	@Test
	void hr_completes_a_panel_a_conflict_left_short_and_the_substitute_declares_in_tasklist() {
		Chromium.language("en-GB");
		TestUsers.ensure(identity, "hedwig", Roles.GROUP_HR);
		TestUsers.ensure(identity, "raf", Roles.GROUP_RECRUITERS);
		for (String member : List.of("uma", "viktor", "wim", "xena")) {
			TestUsers.ensure(identity, member, Roles.GROUP_PANEL);
		}
		Vacancy vacancy = pipeline
			.openVacancy(Fixtures.vacancyDraft(clock, "raf", List.of("uma", "viktor", "wim"), "uma"));
		String reference = pipeline.apply(vacancy);
		pipeline.screen(reference, true);
		pipeline.assess(reference, 80);
		pipeline.declareConflict(reference, "viktor", "CLOSE_FRIEND");
		pipeline.declareNoConflicts(reference);

		tasklist.login("hedwig");
		tasklist.openFilter("Offers and clearances");
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_APPOINT_PANEL_MEMBER));
		tasklist.embeddedForm();
		assertThat(tasklist.text(".hireflow-evaluators")).isEqualTo("uma, wim");
		assertThat(tasklist.text(".hireflow-conflicted")).isEqualTo("viktor");
		assertThat(tasklist.text(".hireflow-members-missing")).contains("1 more member");
		tasklist.type("member", "xena");
		tasklist.complete();
		pipeline.runJobs();

		tasklist.login("xena");
		assertThat(tasklist.openFilter("My panel evaluations")).hasSize(1);
		tasklist.openTask(taskOf(reference, ProcessIds.TASK_DECLARE_INTERESTS, "xena"));
		tasklist.embeddedForm();
		tasklist.selectValue("conflict", "true");
		tasklist.complete();
		assertThat(tasklist.pageText()).as("the form asks how before it sends a conflict")
			.contains("Say how you know the candidate.");
		tasklist.selectValue("conflict", "false");
		tasklist.complete();
		pipeline.runJobs();

		assertThat(pipeline.tasks(reference, ProcessIds.TASK_SCHEDULE_INTERVIEW)).hasSize(1);
		assertThat(interviews.defaultPanel(pipeline.application(reference).getId()).members())
			.containsExactlyInAnyOrder("uma", "wim", "xena");
	}

	/** What Tasklist and the forms show in one language: the served locale file. */
	static final class Texts {

		private final JsonNode labels;

		Texts(String language) throws java.io.IOException {
			try (var in = TasklistBrowserTests.class.getClassLoader()
				.getResourceAsStream("META-INF/resources/webjars/camunda/app/tasklist/locales/" + language + ".json")) {
				labels = new ObjectMapper().readTree(in).path("labels");
			}
		}

		String camunda(String key) {
			return text(key);
		}

		String form(String key) {
			return text(key);
		}

		private String text(String key) {
			assertThat(labels.has(key)).as("locale key %s", key).isTrue();
			return labels.path(key).asText();
		}

	}

	/** What the service answers the signed-in browser for a GET of this path or URL. */
	private Object httpStatus(String path) {
		return tasklist.script(
				"var r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send(); return r.status;", path);
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
