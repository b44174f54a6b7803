package org.hireflow.decision.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hireflow.decision.DecisionService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.ProcessVariables;
import org.hireflow.vacancy.VacancyService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DecisionDelegates {

	@Bean
	JavaDelegate expireReservePlace(DecisionService decisions) {
		return execution -> decisions.expire(ProcessVariables.applicationId(execution));
	}

	/**
	 * The post is free again: the model moves it on to the best-ranked waiting candidate,
	 * whose process continues to the offer; with nobody waiting, the vacancy goes back to
	 * its hiring manager.
	 */
	@Bean
	JavaDelegate offerToNextReserve(DecisionService decisions, VacancyService vacancies, RuntimeService runtime) {
		return execution -> {
			long vacancyId = ProcessVariables.vacancyId(execution);
			decisions.promoteNext(vacancyId)
				.ifPresentOrElse(reference -> runtime.createMessageCorrelation(ProcessIds.MSG_OFFER_FROM_RESERVE)
					.processInstanceBusinessKey(reference)
					.correlateWithResult(), () -> vacancies.reserveListExhausted(vacancyId));
		};
	}

}
