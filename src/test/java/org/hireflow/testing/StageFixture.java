package org.hireflow.testing;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.IntakeService;
import org.hireflow.application.Outcome;
import org.hireflow.platform.domain.Actor;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;

import org.springframework.beans.factory.ObjectProvider;

/**
 * For module tests: an application brought to one stage the way the stages before it
 * would have left it, without loading those stages.
 */
public final class StageFixture {

	private final ObjectProvider<IntakeService> intake;

	private final ObjectProvider<ApplicationService> applications;

	private final ObjectProvider<VacancyService> vacancies;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final HistoryService history;

	private final Clock clock;

	/**
	 * Every module test has one; the services are looked up when used, since a module
	 * without applications (vacancy, platform) has none.
	 */
	StageFixture(ObjectProvider<IntakeService> intake, ObjectProvider<ApplicationService> applications,
			ObjectProvider<VacancyService> vacancies, RuntimeService runtime, TaskService tasks,
			ManagementService management, HistoryService history, Clock clock) {
		this.history = history;
		this.intake = intake;
		this.applications = applications;
		this.vacancies = vacancies;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.clock = clock;
	}

	/**
	 * An application to a published vacancy, moved through these outcomes as earlier
	 * stages would have recorded them. Its own process is ended: the test starts the part
	 * it needs.
	 */
	public Application application(Outcome... outcomes) {
		Vacancy vacancy = Fixtures.publishedVacancy(vacancies.getObject(), clock);
		Application application = intake.getObject()
			.submit(vacancy.getReference(), Pipeline.submission(vacancy, profile -> {
			}), Optional.empty(), null, null)
			.application();
		runtime.deleteProcessInstance(application.getProcessInstanceId(), "module test: starts its own part");
		for (Outcome outcome : outcomes) {
			applications.getObject().transition(application.getId(), outcome, Actor.SYSTEM, null);
		}
		return applications.getObject().get(application.getId());
	}

	/** The application's process, started right before one of its activities. */
	public String applicationProcessAt(Application application, String activityId) {
		return applicationProcessAt(application, activityId, Map.of());
	}

	/**
	 * The same, with the variables the stages before would have set ({@code panelChair},
	 * …).
	 */
	public String applicationProcessAt(Application application, String activityId, Map<String, Object> more) {
		return processAt(ProcessIds.APPLICATION_PROCESS, application, activityId, more);
	}

	/** A process of this application, started right before one of its activities. */
	public String processAt(String processKey, Application application, String activityId, Map<String, Object> more) {
		return runtime.createProcessInstanceByKey(processKey)
			.businessKey(application.getReference())
			.setVariables(variables(application, more))
			.startBeforeActivity(activityId)
			.execute()
			.getId();
	}

	/** A called stage on its own, with what application.bpmn passes it. */
	public String called(String processKey, Application application, Map<String, Object> more) {
		String id = runtime
			.startProcessInstanceByKey(processKey, application.getReference(), variables(application, more))
			.getId();
		runJobs(application);
		return id;
	}

	public void complete(Application application, String taskKey, Map<String, Object> inputs) {
		String task = tasks.createTaskQuery()
			.processInstanceBusinessKey(application.getReference())
			.taskDefinitionKey(taskKey)
			.singleResult()
			.getId();
		tasks.complete(task, new HashMap<>(inputs));
		runJobs(application);
	}

	/**
	 * Every panel member who has still to declare says they do not know the candidate.
	 */
	public void declareNoConflicts(Application application) {
		tasks.createTaskQuery()
			.processInstanceBusinessKey(application.getReference())
			.taskDefinitionKey(ProcessIds.TASK_DECLARE_INTERESTS)
			.list()
			.forEach(task -> tasks.complete(task.getId(), Map.of("conflict", false)));
		runJobs(application);
	}

	/** One panel member's declaration about the candidate, as the form sends it. */
	public void declare(Application application, String member, Map<String, Object> declaration) {
		String task = tasks.createTaskQuery()
			.processInstanceBusinessKey(application.getReference())
			.taskDefinitionKey(ProcessIds.TASK_DECLARE_INTERESTS)
			.taskAssignee(member)
			.singleResult()
			.getId();
		tasks.complete(task, new HashMap<>(declaration));
		runJobs(application);
	}

	/** Whether a process, running or ended, has passed this activity. */
	public boolean passed(String processInstanceId, String activityId) {
		return history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.activityId(activityId)
			.count() > 0;
	}

	/** Fires a timer of this application's processes now, whatever its due date. */
	public void fireTimer(Application application, String timerActivityId) {
		Job timer = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(application.getReference())
			.list()
			.stream()
			.flatMap(instance -> management.createJobQuery()
				.processInstanceId(instance.getId())
				.activityId(timerActivityId)
				.list()
				.stream())
			.findFirst()
			.orElseThrow(
					() -> new AssertionError("no timer " + timerActivityId + " for " + application.getReference()));
		management.executeJob(timer.getId());
		runJobs(application);
	}

	/**
	 * Runs what is due in this application's processes only: the shared database may hold
	 * other tests' jobs, whose glue this module's context does not have.
	 */
	public void runJobs(Application application) {
		for (int round = 0; round < 20; round++) {
			List<Job> due = runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(application.getReference())
				.list()
				.stream()
				.flatMap(instance -> management.createJobQuery()
					.processInstanceId(instance.getId())
					.executable()
					.list()
					.stream())
				.toList();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

	private Map<String, Object> variables(Application application, Map<String, Object> more) {
		Vacancy vacancy = vacancies.getObject().get(application.getVacancyId());
		Map<String, Object> variables = new HashMap<>(more);
		variables.put(ProcessIds.VAR_APPLICATION_ID, application.getId());
		variables.put(ProcessIds.VAR_VACANCY_ID, vacancy.getId());
		variables.put(ProcessIds.VAR_VACANCY_TITLE, vacancy.getTitle());
		return variables;
	}

}
