package org.hireflow.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A CV upload, accepted only when its content is a PDF (whatever its name or declared
 * type says).
 */
public record Cv(String fileName, byte[] content) {

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	public Cv {
		if (content.length < PDF_MAGIC.length) {
			throw notPdf();
		}
		for (int i = 0; i < PDF_MAGIC.length; i++) {
			if (content[i] != PDF_MAGIC[i]) {
				throw notPdf();
			}
		}
		fileName = sanitise(fileName);
	}

	public String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sanitise(String name) {
		if (name == null || name.isBlank()) {
			return "cv.pdf";
		}
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		if (base.isEmpty()) {
			return "cv.pdf";
		}
		return base.length() > 255 ? base.substring(0, 255) : base;
	}

	private static CvNotPdf notPdf() {
		return new CvNotPdf();
	}

}
