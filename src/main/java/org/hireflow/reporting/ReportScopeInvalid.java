package org.hireflow.reporting;

import java.time.LocalDate;

import org.hireflow.platform.domain.DomainException;

/** A period that ends before it starts. */
class ReportScopeInvalid extends DomainException {

	ReportScopeInvalid(LocalDate from, LocalDate to) {
		super(Kind.INVALID, "invalid-parameter", "Invalid parameter",
				"The period's end (" + to + ", exclusive) must be after its start (" + from + ").");
		explainedAs("refusal.report-period", from, to);
	}

}
