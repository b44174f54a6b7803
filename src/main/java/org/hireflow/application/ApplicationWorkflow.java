package org.hireflow.application;

import org.hireflow.vacancy.VacancyFacts;

/**
 * The application's process in the engine, as intake sees it. Implemented by the process
 * glue so that the service itself does not know the engine.
 */
public interface ApplicationWorkflow {

	/**
	 * Starts the application process (business key = application reference) inside the
	 * caller's transaction.
	 * @return the process instance id
	 */
	String start(Application application, VacancyFacts vacancy);

	/** The candidate withdraws: whatever was open is cancelled. */
	void withdraw(Application application, String actor);

	/** The application's vacancy was cancelled: the application ends. */
	void vacancyCancelled(Application application);

}
