package org.hireflow.interview.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hireflow.interview.InterviewService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.ProcessVariables;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InterviewDelegates {

	@Bean
	JavaDelegate holdInterview(InterviewService interviews) {
		return execution -> interviews.held(ProcessVariables.applicationId(execution));
	}

	@Bean
	JavaDelegate calibrate(InterviewService interviews) {
		return execution -> execution.setVariable(ProcessIds.VAR_CALIBRATION_NEEDED,
				interviews.calibrate(ProcessVariables.applicationId(execution)));
	}

}
