package org.hireflow.application.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Outcome;
import org.hireflow.platform.domain.Actor;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.ProcessVariables;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Service tasks that end an application from outside its stages: withdrawal and vacancy
 * cancellation.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationDelegates {

	@Bean
	JavaDelegate recordWithdrawal(ApplicationService applications) {
		return execution -> execution.setVariable(ProcessIds.VAR_POST_RELEASED, applications.recordWithdrawal(
				ProcessVariables.applicationId(execution), (String) execution.getVariable(ProcessIds.VAR_ACTOR)));
	}

	@Bean
	JavaDelegate endForCancelledVacancy(ApplicationService applications) {
		return execution -> applications.transition(ProcessVariables.applicationId(execution),
				Outcome.VACANCY_CANCELLED, Actor.SYSTEM, null);
	}

}
