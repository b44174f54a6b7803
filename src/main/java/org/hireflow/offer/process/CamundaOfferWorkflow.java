package org.hireflow.offer.process;

import org.camunda.bpm.engine.RuntimeService;
import org.hireflow.offer.OfferWorkflow;
import org.hireflow.platform.process.ProcessIds;

import org.springframework.stereotype.Component;

@Component
class CamundaOfferWorkflow implements OfferWorkflow {

	private final RuntimeService runtime;

	CamundaOfferWorkflow(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public void answered(String applicationReference, boolean accepted) {
		runtime.createMessageCorrelation(ProcessIds.MSG_OFFER_ANSWERED)
			.processInstanceBusinessKey(applicationReference)
			.setVariable(ProcessIds.VAR_OFFER_ACCEPTED, accepted)
			.correlateWithResult();
	}

}
