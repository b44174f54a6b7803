package org.hireflow.interview;

import java.time.Instant;

/**
 * The application process as interview scheduling sees it; implemented by the process
 * glue.
 */
public interface InterviewWorkflow {

	/** The interview moved: the process waits for the new time. */
	void rescheduled(String applicationReference, Instant startsAt);

	/** The interview was called off: the process goes back to scheduling. */
	void cancelled(String applicationReference);

}
