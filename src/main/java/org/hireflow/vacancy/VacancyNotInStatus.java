package org.hireflow.vacancy;

import org.hireflow.platform.domain.DomainException;

/** An action the vacancy's current status does not allow. */
public class VacancyNotInStatus extends DomainException {

	public VacancyNotInStatus(String reference, VacancyStatus status, String action) {
		super(Kind.CONFLICT, "vacancy-status", "Not possible in this status",
				"Vacancy " + reference + " is " + status.name().toLowerCase() + "; cannot " + action + ".");
		explainedAs("refusal.vacancy-status", reference, status.name());
	}

}
