package org.hireflow.offer.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.offer.Offer;
import org.hireflow.offer.OfferService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.ProcessVariables;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OfferDelegates {

	@Bean
	JavaDelegate sendOffer(OfferService offers) {
		return execution -> {
			Offer offer = offers.send(ProcessVariables.applicationId(execution));
			execution.setVariable(ProcessIds.VAR_OFFER_EXPIRES_AT, Date.from(offer.getExpiresAt()));
		};
	}

	/**
	 * Declined, expired or withdrawn: the task's input parameter {@code offerOutcome}
	 * names the outcome.
	 */
	@Bean
	JavaDelegate endOffer(OfferService offers) {
		return execution -> offers.end(ProcessVariables.applicationId(execution),
				Outcome.valueOf((String) execution.getVariable(ProcessIds.VAR_OFFER_OUTCOME)), null);
	}

	@Bean
	JavaDelegate confirmAppointment(OfferService offers) {
		return execution -> offers.confirmAppointment(ProcessVariables.applicationId(execution));
	}

}
