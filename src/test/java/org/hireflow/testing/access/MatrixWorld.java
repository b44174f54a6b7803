package org.hireflow.testing.access;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.hireflow.application.StatusTokens;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.security.Roles;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.testing.TestUsers;
import org.hireflow.vacancy.Vacancy;

/**
 * What the access matrix asks about: a vacancy with its recruiter, panel (one chair) and
 * hiring manager, an application at the panel's evaluations, one waiting for screening,
 * one of another vacancy, and two spare applications for the rows that really withdraw.
 */
public final class MatrixWorld {

	/** The records the matrix's requests point at. */
	public record Facts(String vacancy, String application, String candidateToken, String forgedToken,
			String withdrawableToken, String withdrawableByStaff, String evaluationTask, String screeningTask) {

		/**
		 * The path of a service endpoint for this subject: its own link for the
		 * candidate, nothing for others.
		 */
		public String servicePath(String pattern, Subject subject) {
			String token = switch (subject) {
				case CANDIDATE -> pattern.equals("/status/{token}/withdraw") ? withdrawableToken : candidateToken;
				case OTHER_CANDIDATE -> forgedToken;
				default -> "AP-0000-000000.no-link";
			};
			String reference = pattern.startsWith("/api/applications/")
					? (pattern.endsWith("/withdrawal") ? withdrawableByStaff : application) : vacancy;
			return pattern.replace("{token}", token)
				.replace("{vacancyReference}", vacancy)
				.replace("{reference}", reference)
				.replace("{taskId}", evaluationTask)
				.replace("{id}", "999999999")
				.replace("{code}", "ZZ")
				.replace("{requiredMetricName}", "jvm.memory.used")
				.replace("**", "ping");
		}

	}

	private final Pipeline pipeline;

	private final IdentityService identity;

	private final TaskService tasks;

	private final HistoryService history;

	private final ManagementService management;

	private final StatusTokens tokens;

	private final TestClock clock;

	private Facts facts;

	public MatrixWorld(Pipeline pipeline, IdentityService identity, TaskService tasks, HistoryService history,
			ManagementService management, StatusTokens tokens, TestClock clock) {
		this.pipeline = pipeline;
		this.identity = identity;
		this.tasks = tasks;
		this.history = history;
		this.management = management;
		this.tokens = tokens;
		this.clock = clock;
	}

	public Facts build() {
		TestUsers.ensure(identity, Subject.ADMIN.user, Roles.GROUP_ADMIN);
		TestUsers.ensure(identity, Subject.RECRUITER.user, Roles.GROUP_RECRUITERS);
		TestUsers.ensure(identity, Subject.HIRING_MANAGER.user, Roles.GROUP_HIRING_MANAGERS);
		TestUsers.ensure(identity, Subject.HR.user, Roles.GROUP_HR);
		TestUsers.ensure(identity, Subject.NO_GROUP.user);
		List<String> panel = List.of(Subject.PANEL_CHAIR.user, Subject.PANEL_MEMBER.user, "mxthird");
		List<String> otherPanel = List.of(Subject.OTHER_PANEL_MEMBER.user, "mxoutsider2", "mxoutsider3");
		for (String member : panel) {
			TestUsers.ensure(identity, member, Roles.GROUP_PANEL);
		}
		for (String member : otherPanel) {
			TestUsers.ensure(identity, member, Roles.GROUP_PANEL);
		}
		Vacancy vacancy = pipeline.openVacancy(Fixtures.vacancyDraft(clock, Subject.HIRING_MANAGER.user,
				Subject.RECRUITER.user, panel, Subject.PANEL_CHAIR.user));
		Vacancy other = pipeline.openVacancy(Fixtures.vacancyDraft(clock, Subject.HIRING_MANAGER.user,
				Subject.RECRUITER.user, otherPanel, "mxoutsider2"));

		String evaluated = pipeline.applyWithCv(vacancy,
				"%PDF-1.4\n% a CV\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		pipeline.screen(evaluated, true);
		pipeline.assess(evaluated, 80);
		pipeline.schedule(evaluated);
		pipeline.holdInterview(evaluated);
		String waiting = pipeline.apply(vacancy);
		String elsewhere = pipeline.apply(other);
		String candidateWithdraws = pipeline.apply(vacancy);
		String staffWithdraws = pipeline.apply(vacancy);

		String own = tokens.tokenFor(pipeline.application(evaluated));
		String others = tokens.tokenFor(pipeline.application(elsewhere));
		String forged = evaluated + others.substring(others.lastIndexOf('.'));
		String evaluationTask = tasks.createTaskQuery()
			.processInstanceBusinessKey(evaluated)
			.taskDefinitionKey(ProcessIds.TASK_EVALUATE_CANDIDATE)
			.taskAssignee(Subject.PANEL_MEMBER.user)
			.singleResult()
			.getId();
		facts = new Facts(vacancy.getReference(), evaluated, own, forged,
				tokens.tokenFor(pipeline.application(candidateWithdraws)), staffWithdraws, evaluationTask,
				pipeline.task(waiting, ProcessIds.TASK_SCREEN_APPLICATION).getId());
		return facts;
	}

	/**
	 * Puts the screening task back the way each claim/unclaim cell expects to find it.
	 */
	public void prepare(String endpoint) {
		if (endpoint.endsWith("/task/{id}/claim")) {
			tasks.setAssignee(facts.screeningTask(), null);
		}
		if (endpoint.endsWith("/task/{id}/unclaim")) {
			tasks.setAssignee(facts.screeningTask(), Subject.RECRUITER.user);
		}
	}

	/**
	 * An administrator's "POST /history/cleanup" schedules a clean-up job: it must not
	 * run in other tests.
	 */
	public void undoSideEffects() {
		history.findHistoryCleanupJobs().forEach(job -> management.deleteJob(job.getId()));
		tasks.setAssignee(facts.screeningTask(), null);
	}

}
