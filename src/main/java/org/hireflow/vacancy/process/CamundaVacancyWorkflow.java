package org.hireflow.vacancy.process;

import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyWorkflow;

import org.springframework.stereotype.Component;

/**
 * The vacancy lifecycle in the engine: business key = vacancy reference; variables are
 * ids, dates, decisions.
 */
@Component
class CamundaVacancyWorkflow implements VacancyWorkflow {

	private final RuntimeService runtime;

	CamundaVacancyWorkflow(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public String start(Vacancy vacancy) {
		return runtime
			.startProcessInstanceByKey(ProcessIds.VACANCY_PROCESS, vacancy.getReference(),
					Variables.createVariables()
						.putValue(ProcessIds.VAR_VACANCY_ID, vacancy.getId())
						.putValue(ProcessIds.VAR_VACANCY_TITLE, vacancy.getTitle())
						.putValue(ProcessIds.VAR_HIRING_MANAGER, vacancy.getHiringManager())
						.putValue(ProcessIds.VAR_CLOSING_AT, Date.from(vacancy.getClosingAt())))
			.getId();
	}

	@Override
	public void closingDateChanged(Vacancy vacancy) {
		runtime.createMessageCorrelation(ProcessIds.MSG_CLOSING_DATE_CHANGED)
			.processInstanceId(vacancy.getProcessInstanceId())
			.setVariable(ProcessIds.VAR_CLOSING_AT, Date.from(vacancy.getClosingAt()))
			.correlateWithResult();
	}

	@Override
	public void cancelled(Vacancy vacancy, String reason, String actor) {
		runtime.createMessageCorrelation(ProcessIds.MSG_VACANCY_CANCELLED)
			.processInstanceId(vacancy.getProcessInstanceId())
			.setVariable(ProcessIds.VAR_CANCELLATION_REASON, reason)
			.setVariable(ProcessIds.VAR_ACTOR, actor)
			.correlateWithResult();
	}

	@Override
	public void filled(Vacancy vacancy) {
		// only a vacancy waiting for its outcome listens; one still open notices at
		// closing time
		runtime.createMessageCorrelation(ProcessIds.MSG_VACANCY_FILLED)
			.processInstanceId(vacancy.getProcessInstanceId())
			.correlateAll();
	}

	@Override
	public void reserveListExhausted(Vacancy vacancy) {
		runtime.createMessageCorrelation(ProcessIds.MSG_RESERVE_LIST_EXHAUSTED)
			.processInstanceId(vacancy.getProcessInstanceId())
			.correlateAll();
	}

}
