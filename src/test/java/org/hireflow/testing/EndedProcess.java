package org.hireflow.testing;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A process instance found through history (running or ended), for camunda-bpm-assert,
 * which re-queries everything by id.
 */
record EndedProcess(HistoricProcessInstance history) implements ProcessInstance {

	@Override
	public String getId() {
		return history.getId();
	}

	@Override
	public String getProcessInstanceId() {
		return history.getId();
	}

	@Override
	public String getProcessDefinitionId() {
		return history.getProcessDefinitionId();
	}

	@Override
	public String getProcessDefinitionKey() {
		return history.getProcessDefinitionKey();
	}

	@Override
	public String getBusinessKey() {
		return history.getBusinessKey();
	}

	@Override
	public String getRootProcessInstanceId() {
		return history.getRootProcessInstanceId();
	}

	@Override
	public String getCaseInstanceId() {
		return history.getCaseInstanceId();
	}

	@Override
	public boolean isSuspended() {
		return false;
	}

	@Override
	public boolean isEnded() {
		return history.getEndTime() != null;
	}

	@Override
	public String getTenantId() {
		return history.getTenantId();
	}

}
