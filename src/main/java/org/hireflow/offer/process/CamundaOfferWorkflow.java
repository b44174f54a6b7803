package org.hireflow.offer.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.hireflow.offer.OfferNotAnswerable;
import org.hireflow.offer.OfferWorkflow;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.WaitingMessages;

import org.springframework.stereotype.Component;

@Component
class CamundaOfferWorkflow implements OfferWorkflow {

	private final RuntimeService runtime;

	CamundaOfferWorkflow(RuntimeService runtime) {
		this.runtime = runtime;
	}

	/**
	 * The expiry (or a withdrawal) may end the wait in the same moment as the answer: a
	 * refusal, not a failure.
	 */
	@Override
	public void answered(String applicationReference, boolean accepted) {
		if (!WaitingMessages.deliver(runtime, applicationReference, ProcessIds.MSG_OFFER_ANSWERED,
				Map.of(ProcessIds.VAR_OFFER_ACCEPTED, accepted))) {
			throw OfferNotAnswerable.endedMeanwhile();
		}
	}

}
