package org.hireflow.interview.process;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.hireflow.interview.InterviewWorkflow;
import org.hireflow.platform.process.ProcessIds;

import org.springframework.stereotype.Component;

@Component
class CamundaInterviewWorkflow implements InterviewWorkflow {

	private final RuntimeService runtime;

	CamundaInterviewWorkflow(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public void rescheduled(String applicationReference, Instant startsAt) {
		runtime.createMessageCorrelation(ProcessIds.MSG_INTERVIEW_RESCHEDULED)
			.processInstanceBusinessKey(applicationReference)
			.setVariable(ProcessIds.VAR_INTERVIEW_AT, Date.from(startsAt))
			.correlateWithResult();
	}

	@Override
	public void cancelled(String applicationReference) {
		runtime.createMessageCorrelation(ProcessIds.MSG_INTERVIEW_CANCELLED)
			.processInstanceBusinessKey(applicationReference)
			.correlateWithResult();
	}

}
