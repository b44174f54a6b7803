package org.hireflow.application.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationWorkflow;
import org.hireflow.platform.process.ProcessIds;

import org.springframework.stereotype.Component;

/** Starts the application process with references only: the application's and the vacancy's ids. */
@Component
class CamundaApplicationWorkflow implements ApplicationWorkflow {

	private final RuntimeService runtime;

	CamundaApplicationWorkflow(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public String start(Application application, long vacancyId) {
		return runtime
			.startProcessInstanceByKey(ProcessIds.APPLICATION_PROCESS, application.getReference(),
					Variables.createVariables()
						.putValue(ProcessIds.VAR_APPLICATION_ID, application.getId())
						.putValue(ProcessIds.VAR_VACANCY_ID, vacancyId))
			.getId();
	}

}
