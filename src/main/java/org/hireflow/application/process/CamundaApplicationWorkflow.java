package org.hireflow.application.process;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationWorkflow;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.vacancy.VacancyFacts;

import org.springframework.stereotype.Component;

/**
 * The application process in the engine: business key = application reference; variables
 * are ids.
 */
@Component
class CamundaApplicationWorkflow implements ApplicationWorkflow {

	private final RuntimeService runtime;

	CamundaApplicationWorkflow(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public String start(Application application, VacancyFacts vacancy) {
		return runtime
			.startProcessInstanceByKey(ProcessIds.APPLICATION_PROCESS, application.getReference(),
					Variables.createVariables()
						.putValue(ProcessIds.VAR_APPLICATION_ID, application.getId())
						.putValue(ProcessIds.VAR_VACANCY_ID, vacancy.id())
						.putValue(ProcessIds.VAR_VACANCY_TITLE, vacancy.title()))
			.getId();
	}

	/**
	 * A second withdrawal while the first is still on its way (the process has taken the
	 * message and not yet recorded it) finds nothing waiting for the message: it asks for
	 * what is already happening, so it is done — also when the first takes the message in
	 * the very moment the second delivers it (the engine then says the subscription is
	 * gone).
	 */
	@Override
	public void withdraw(Application application, String actor) {
		if (!waitingForWithdrawal(application)) {
			return; // the withdrawal already under way records the outcome
		}
		try {
			runtime.createMessageCorrelation(ProcessIds.MSG_CANDIDATE_WITHDREW)
				.processInstanceBusinessKey(application.getReference())
				.setVariable(ProcessIds.VAR_ACTOR, actor)
				.correlateWithResult();
		}
		catch (ProcessEngineException ex) {
			// the same moment as another withdrawal: it took the message while this one
			// was on its way
			if (ex instanceof OptimisticLockingException || waitingForWithdrawal(application)) {
				throw ex;
			}
		}
	}

	private boolean waitingForWithdrawal(Application application) {
		return runtime.createExecutionQuery()
			.processInstanceBusinessKey(application.getReference())
			.messageEventSubscriptionName(ProcessIds.MSG_CANDIDATE_WITHDREW)
			.count() > 0;
	}

	@Override
	public void vacancyCancelled(Application application) {
		runtime.createMessageCorrelation(ProcessIds.MSG_APPLICATION_VACANCY_CANCELLED)
			.processInstanceBusinessKey(application.getReference())
			.correlateAll();
	}

}
