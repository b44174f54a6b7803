package org.hireflow.privacy.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hireflow.privacy.CaseHistory;

import org.springframework.stereotype.Component;

/**
 * A case's process instances deleted from the engine: first any still running (without
 * running listeners: nothing is sent, nothing recorded about a case being erased), then
 * their history. The engine deletes a historic process instance with everything hanging
 * from it: variables and details, task and activity instances, comments, attachments,
 * identity links, the user operation log, incidents and job logs — but not its decision
 * instances (with their inputs and outputs), which are deleted one by one first.
 */
@Component
class EngineCaseHistory implements CaseHistory {

	private final RuntimeService runtime;

	private final HistoryService history;

	EngineCaseHistory(RuntimeService runtime, HistoryService history) {
		this.runtime = runtime;
		this.history = history;
	}

	@Override
	public int erase(String applicationReference) {
		for (ProcessInstance running : runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationReference)
			.list()) {
			// a called instance may have gone with its caller already
			runtime.deleteProcessInstanceIfExists(running.getId(), "personal data erased", true, true, true, false);
		}
		List<String> ids = new ArrayList<>();
		for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(applicationReference)
			.list()) {
			ids.add(instance.getId());
		}
		for (String id : ids) {
			// the user operation log is the engine's audit of people's actions on the
			// case
			// (claims, completions, variable changes): named in the issue, removed here
			// explicitly rather than trusted to the deletion below
			for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(id).list()) {
				history.deleteUserOperationLogEntry(entry.getId());
			}
			// decision instances outlive their process instance's history (seen: the
			// eligibility decision's inputs — nationality, age — stayed)
			for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
				.processInstanceId(id)
				.list()) {
				history.deleteHistoricDecisionInstanceByInstanceId(decision.getId());
			}
		}
		if (!ids.isEmpty()) {
			history.deleteHistoricProcessInstancesIfExists(ids);
		}
		return ids.size();
	}

}
