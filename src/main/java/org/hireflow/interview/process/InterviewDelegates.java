package org.hireflow.interview.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hireflow.interview.ConflictsOfInterest;
import org.hireflow.interview.InterviewService;
import org.hireflow.interview.PanelSettlement;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.ProcessVariables;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InterviewDelegates {

	/**
	 * The candidate's panel after the declarations so far: who still has to declare, the
	 * members who evaluate and the chair, and whether it is complete.
	 */
	@Bean
	JavaDelegate settlePanel(ConflictsOfInterest conflicts) {
		return execution -> {
			PanelSettlement panel = conflicts.settle(ProcessVariables.applicationId(execution));
			execution.setVariable(ProcessIds.VAR_DECLARANTS, new ArrayList<>(panel.toDeclare()));
			execution.setVariable(ProcessIds.VAR_PANEL_COMPLETE, panel.complete());
			execution.setVariable(ProcessIds.VAR_PANEL, new ArrayList<>(panel.evaluators()));
			execution.setVariable(ProcessIds.VAR_PANEL_CHAIR, panel.chair());
		};
	}

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
