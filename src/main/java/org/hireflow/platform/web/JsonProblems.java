package org.hireflow.platform.web;

import java.util.Map;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpStatus;

/**
 * What to tell a caller whose JSON could not be read: which field, and why, never the
 * parser's internals.
 */
public final class JsonProblems {

	private JsonProblems() {
	}

	public static Problem of(Throwable cause) {
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new Problem(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field",
					"Field '" + path(unknown) + "' is not part of this request.", Map.of("field", path(unknown)));
		}
		if (cause instanceof InvalidFormatException invalid) {
			return new Problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value",
					"Field '" + path(invalid) + "' has a value of the wrong format.", Map.of("field", path(invalid)));
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return new Problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value",
					"Field '" + path(mismatched) + "' has a value of the wrong type.",
					Map.of("field", path(mismatched)));
		}
		return malformed();
	}

	public static Problem malformed() {
		return new Problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
				"The request body is missing or is not valid JSON.");
	}

	private static String path(MismatchedInputException ex) {
		StringBuilder path = new StringBuilder();
		ex.getPath().forEach(ref -> {
			if (ref.getFieldName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getFieldName());
			}
			else {
				path.append('[').append(ref.getIndex()).append(']');
			}
		});
		return path.toString();
	}

}
