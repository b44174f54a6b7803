package org.hireflow.application;

import org.hireflow.platform.web.Problem;

import org.springframework.http.HttpStatus;

/** The application has reached a final status; nothing more can happen to it. */
public class ApplicationClosed extends Problem {

	ApplicationClosed(String reference, ApplicationStatus status) {
		super(HttpStatus.CONFLICT, "application-closed", "Application closed",
				"Application " + reference + " is already " + status.name().toLowerCase() + ".");
	}

}
