package org.hireflow.clearance.process;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.clearance.ClearanceService;
import org.hireflow.offer.OfferStartDateMoved;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.ProcessVariables;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The clearances' due date follows the offer's start date. Set when {@code clearances}
 * starts ({@code clearancesDue}: both tasks' due date and their escalation timers');
 * moved with the start date, in the same transaction — open tasks and escalations not yet
 * fired.
 */
@Component("clearancesDue")
class ClearanceDueDates implements ExecutionListener {

	private final ClearanceService clearances;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	ClearanceDueDates(ClearanceService clearances, RuntimeService runtime, TaskService tasks,
			ManagementService management) {
		this.clearances = clearances;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	@Override
	public void notify(DelegateExecution execution) {
		execution.setVariable(ProcessIds.VAR_CLEARANCES_DUE,
				Date.from(clearances.due(ProcessVariables.applicationId(execution))));
	}

	@EventListener
	void on(OfferStartDateMoved moved) {
		Date due = Date.from(clearances.due(moved.to()));
		for (ProcessInstance instance : runtime.createProcessInstanceQuery()
			.processDefinitionKey(ProcessIds.CLEARANCES_PROCESS)
			.processInstanceBusinessKey(moved.reference())
			.active()
			.list()) {
			runtime.setVariable(instance.getId(), ProcessIds.VAR_CLEARANCES_DUE, due);
			for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
				task.setDueDate(due);
				tasks.saveTask(task);
			}
			for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
				management.setJobDuedate(timer.getId(), due);
			}
		}
	}

}
