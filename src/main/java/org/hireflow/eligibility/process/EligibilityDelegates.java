package org.hireflow.eligibility.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.hireflow.eligibility.EligibilityService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.ProcessVariables;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Around the eligibility decision: the facts go in as transient variables (never stored
 * in the process), the outcome is recorded on the application and only {@code eligible}
 * stays for the gateway.
 */
@Configuration(proxyBeanMethods = false)
class EligibilityDelegates {

	@Bean
	JavaDelegate deriveEligibilityFacts(EligibilityService eligibility) {
		return execution -> eligibility.factsFor(ProcessVariables.applicationId(execution))
			.asMap()
			.forEach((name, value) -> execution.setVariable(name, transientValue(value)));
	}

	@Bean
	JavaDelegate applyEligibility(EligibilityService eligibility) {
		return execution -> {
			@SuppressWarnings("unchecked")
			Map<String, Object> result = (Map<String, Object>) execution.getVariable(ProcessIds.VAR_ELIGIBILITY_RESULT);
			execution.removeVariable(ProcessIds.VAR_ELIGIBILITY_RESULT);
			boolean eligible = Boolean.TRUE.equals(result.get("eligible"));
			eligibility.record(ProcessVariables.applicationId(execution), eligible, (String) result.get("failedRule"),
					(String) result.get("reason"));
			execution.setVariable(ProcessIds.VAR_ELIGIBLE, eligible);
		};
	}

	private static TypedValue transientValue(Object value) {
		if (value instanceof Boolean b) {
			return Variables.booleanValue(b, true);
		}
		if (value instanceof Integer i) {
			return Variables.integerValue(i, true);
		}
		return Variables.stringValue(String.valueOf(value), true);
	}

}
