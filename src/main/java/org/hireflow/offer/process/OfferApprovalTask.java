package org.hireflow.offer.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.offer.OfferService;
import org.hireflow.offer.OfferTerms;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;

import org.springframework.stereotype.Component;

/**
 * HR approves the offer: {@code grade} (e.g. A.2), {@code step} 1–15, {@code startDate}.
 */
@Component("offerApprovalTask")
class OfferApprovalTask extends UserTaskHandler<OfferTerms> {

	private final OfferService offers;

	OfferApprovalTask(OfferService offers) {
		this.offers = offers;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_APPROVE_OFFER);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("grade", "step", "startDate");
	}

	@Override
	protected OfferTerms command(DelegateTask task, TaskInputs inputs) {
		OfferTerms terms = new OfferTerms(inputs.text("grade", 8), inputs.integer("step", 1, 15),
				inputs.date("startDate"));
		offers.check(terms);
		return terms;
	}

	@Override
	protected void apply(DelegateTask task, OfferTerms terms) {
		offers.approve(applicationId(task), terms, Actors.of(task));
	}

}
