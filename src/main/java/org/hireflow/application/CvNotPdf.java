package org.hireflow.application;

import org.hireflow.platform.domain.DomainException;
import org.hireflow.platform.text.Messages;

/**
 * The uploaded CV is not a PDF document by its content, whatever its name says (told in
 * the caller's language).
 */
public class CvNotPdf extends DomainException {

	CvNotPdf() {
		super(Kind.UNSUPPORTED, "cv-not-pdf", Messages.text("refusal.cv-not-pdf.title", "CV must be a PDF"),
				Messages.text("refusal.cv-not-pdf", "The uploaded CV is not a PDF document."));
	}

}
