package org.hireflow.vacancy;

import org.hireflow.platform.web.Problem;

import org.springframework.http.HttpStatus;

/** An action the vacancy's current status does not allow. */
public class VacancyNotInStatus extends Problem {

	public VacancyNotInStatus(String reference, VacancyStatus status, String action) {
		super(HttpStatus.CONFLICT, "vacancy-status", "Not possible in this status",
				"Vacancy " + reference + " is " + status.name().toLowerCase() + "; cannot " + action + ".");
	}

}
