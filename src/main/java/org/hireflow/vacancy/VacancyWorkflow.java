package org.hireflow.vacancy;

/**
 * The vacancy's lifecycle process, as the vacancy service sees it; implemented by the
 * process glue.
 */
public interface VacancyWorkflow {

	/** Starts the lifecycle (approval first) and returns the process instance id. */
	String start(Vacancy vacancy);

	/** The timer moves to the vacancy's new closing date. */
	void closingDateChanged(Vacancy vacancy);

	/**
	 * Staff cancelled the vacancy: the lifecycle ends, every running application ends
	 * too.
	 */
	void cancelled(Vacancy vacancy, String reason, String actor);

	/** Every post is filled. */
	void filled(Vacancy vacancy);

	/**
	 * An offer fell through and nobody is left on the reserve list: the hiring manager
	 * decides.
	 */
	void reserveListExhausted(Vacancy vacancy);

}
