package org.hireflow.privacy;

/**
 * What the engine holds of one application's case: its process instances, run and past.
 */
public interface CaseHistory {

	/**
	 * Deletes every process instance of the case (the application's and those it called,
	 * all carrying its reference as business key), running or ended, with their history:
	 * variables and their past values, decision inputs and outputs, tasks, comments,
	 * identity links, the user operation log, incidents and job logs.
	 * @return how many process instances were deleted
	 */
	int erase(String applicationReference);

}
