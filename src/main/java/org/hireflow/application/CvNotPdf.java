package org.hireflow.application;

import org.hireflow.platform.domain.DomainException;

/**
 * The uploaded CV is not a PDF document by its content, whatever its name says (told in
 * the caller's language).
 */
public class CvNotPdf extends DomainException {

	CvNotPdf() {
		super(Kind.UNSUPPORTED, "cv-not-pdf", "CV must be a PDF", "The uploaded CV is not a PDF document.");
		explainedAs("refusal.cv-not-pdf");
	}

}
