package org.hireflow.platform.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reading the reference variables every process carries. */
public final class ProcessVariables {

	private ProcessVariables() {
	}

	public static long applicationId(VariableScope scope) {
		return ((Number) scope.getVariable(ProcessIds.VAR_APPLICATION_ID)).longValue();
	}

	public static long vacancyId(VariableScope scope) {
		return ((Number) scope.getVariable(ProcessIds.VAR_VACANCY_ID)).longValue();
	}

}
