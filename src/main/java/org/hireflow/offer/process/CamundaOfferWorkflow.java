package org.hireflow.offer.process;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.hireflow.offer.OfferNotAnswerable;
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
		try {
			runtime.createMessageCorrelation(ProcessIds.MSG_OFFER_ANSWERED)
				.processInstanceBusinessKey(applicationReference)
				.setVariable(ProcessIds.VAR_OFFER_ACCEPTED, accepted)
				.correlateWithResult();
		}
		catch (ProcessEngineException ex) {
			if (ex instanceof OptimisticLockingException || stillWaiting(applicationReference)) {
				throw ex;
			}
			// the expiry (or a withdrawal) ended the wait in the same moment: a refusal,
			// not a failure
			throw OfferNotAnswerable.endedMeanwhile();
		}
	}

	private boolean stillWaiting(String applicationReference) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationReference)
			.list()
			.stream()
			.anyMatch(instance -> runtime.createEventSubscriptionQuery()
				.processInstanceId(instance.getId())
				.eventType("message")
				.eventName(ProcessIds.MSG_OFFER_ANSWERED)
				.count() > 0);
	}

}
