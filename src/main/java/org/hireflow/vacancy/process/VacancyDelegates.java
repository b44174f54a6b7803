package org.hireflow.vacancy.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.ProcessVariables;
import org.hireflow.vacancy.VacancyService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vacancy lifecycle's service tasks: each one call into {@link VacancyService}. */
@Configuration(proxyBeanMethods = false)
class VacancyDelegates {

	@Bean
	JavaDelegate publishVacancy(VacancyService vacancies) {
		return execution -> vacancies.publish(ProcessVariables.vacancyId(execution), Actors.SYSTEM);
	}

	@Bean
	JavaDelegate closeVacancy(VacancyService vacancies) {
		return execution -> execution.setVariable(ProcessIds.VAR_ALREADY_FILLED,
				vacancies.close(ProcessVariables.vacancyId(execution)));
	}

	@Bean
	JavaDelegate cancelVacancy(VacancyService vacancies) {
		return execution -> vacancies.markCancelled(ProcessVariables.vacancyId(execution),
				(String) execution.getVariable(ProcessIds.VAR_CANCELLATION_REASON),
				(String) execution.getVariable(ProcessIds.VAR_ACTOR));
	}

}
