package org.hireflow.application.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationWorkflow;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.WaitingMessages;
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
	 * A second withdrawal while the first is on its way (the process has taken the
	 * message and not yet recorded it, or takes it in the same moment) asks for what is
	 * already happening: it is done.
	 */
	@Override
	public void withdraw(Application application, String actor) {
		WaitingMessages.deliver(runtime, application.getReference(), ProcessIds.MSG_CANDIDATE_WITHDREW,
				Map.of(ProcessIds.VAR_ACTOR, actor));
	}

	@Override
	public void vacancyCancelled(Application application) {
		runtime.createMessageCorrelation(ProcessIds.MSG_APPLICATION_VACANCY_CANCELLED)
			.processInstanceBusinessKey(application.getReference())
			.correlateAll();
	}

}
