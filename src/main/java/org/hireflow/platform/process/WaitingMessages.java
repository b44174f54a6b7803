package org.hireflow.platform.process;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A message for a case that may have stopped waiting for it in the same moment: another
 * person's identical message, a timer or a withdrawal took the wait first. Such a race is
 * an answer ("nothing waits any more"), not a failure; a collision the engine detects at
 * commit ({@link OptimisticLockingException}) stays one (a 409, through
 * {@link EngineConflicts}).
 *
 * <p>
 * The engine marks the caller's transaction rollback-only when a delivery fails, so a
 * caller that gets {@code false} inside its own transaction must refuse (throw); a caller
 * that wants to carry on calls without a transaction of its own.
 */
public final class WaitingMessages {

	private WaitingMessages() {
	}

	/** Whether the case with this business key waits for the message. */
	public static boolean waiting(RuntimeService runtime, String businessKey, String message) {
		return runtime.createExecutionQuery()
			.processInstanceBusinessKey(businessKey)
			.messageEventSubscriptionName(message)
			.count() > 0;
	}

	/**
	 * Delivers the message to the case with this business key.
	 * @return {@code false} when nothing waits for it (any more)
	 */
	public static boolean deliver(RuntimeService runtime, String businessKey, String message,
			Map<String, Object> variables) {
		if (!waiting(runtime, businessKey, message)) {
			return false;
		}
		try {
			runtime.createMessageCorrelation(message)
				.processInstanceBusinessKey(businessKey)
				.setVariables(variables)
				.correlateWithResult();
			return true;
		}
		catch (RuntimeException ex) {
			// The engine reads a case's execution tree piece by piece; when a timer ends
			// the
			// case between two of those reads, the delivery fails with whatever the
			// engine
			// trips on (a ProcessEngineException, or a NullPointerException for a parent
			// already gone, seen in CI). Read again: if nothing waits any more, that was
			// it.
			if (ex instanceof OptimisticLockingException || waiting(runtime, businessKey, message)) {
				throw ex;
			}
			return false; // taken in the same moment
		}
	}

}
