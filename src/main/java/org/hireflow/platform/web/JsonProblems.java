package org.hireflow.platform.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.hireflow.platform.text.Messages;

import org.springframework.http.HttpStatus;

/**
 * What to tell a caller whose JSON could not be read: which field, and why (for a choice:
 * the choices), in the caller's language, never the parser's internals.
 */
public final class JsonProblems {

	private JsonProblems() {
	}

	public static Problem of(Throwable cause) {
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return new Problem(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field", Messages
				.text("problem.unknown-field.detail", "Field ''{0}'' is not part of this request.", path(unknown)),
					Map.of("field", path(unknown)));
		}
		if (cause instanceof InvalidFormatException invalid) {
			Class<?> target = invalid.getTargetType();
			String detail = target != null && target.isEnum()
					? Messages.text("problem.invalid-value.choices", "Field ''{0}'' must be one of {1}.", path(invalid),
							Arrays.stream(target.getEnumConstants())
								.map(String::valueOf)
								.collect(Collectors.joining(", ")))
					: Messages.text("problem.invalid-value.format", "Field ''{0}'' has a value of the wrong format.",
							path(invalid));
			return new Problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", detail,
					Map.of("field", path(invalid)));
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return new Problem(HttpStatus.BAD_REQUEST, "invalid-value", "Invalid value", Messages
				.text("problem.invalid-value.type", "Field ''{0}'' has a value of the wrong type.", path(mismatched)),
					Map.of("field", path(mismatched)));
		}
		return malformed();
	}

	public static Problem malformed() {
		return new Problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
				Messages.text("problem.malformed-body.detail", "The request body is missing or is not valid JSON."));
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
