package org.hireflow.application;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The stored CV of an application, in a table of its own so that loading applications
 * never loads files.
 */
@Entity
class ApplicationCv {

	@Id
	private Long applicationId;

	private String fileName;

	private int sizeBytes;

	private String sha256;

	private byte[] content;

	protected ApplicationCv() {
	}

	ApplicationCv(Long applicationId, Cv cv) {
		this.applicationId = applicationId;
		this.fileName = cv.fileName();
		this.sizeBytes = cv.content().length;
		this.sha256 = cv.sha256();
		this.content = cv.content();
	}

	String getFileName() {
		return fileName;
	}

	byte[] getContent() {
		return content;
	}

}
