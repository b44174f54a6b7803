package org.hireflow.platform.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.hireflow.platform.domain.Actor;

/**
 * Who did it: the authenticated user completing a task, else its assignee; "system" for
 * the engine itself.
 */
public final class Actors {

	public static final String SYSTEM = Actor.SYSTEM;

	private Actors() {
	}

	public static String of(DelegateTask task) {
		Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (current != null && current.getUserId() != null) {
			return current.getUserId();
		}
		return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
	}

}
