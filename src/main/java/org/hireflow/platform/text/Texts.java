package org.hireflow.platform.text;

import java.util.Map;
import java.util.Optional;

/**
 * What people may type, checked the same way everywhere: names are printable text with at
 * least one letter and nothing invisible; free text may hold line breaks and tabs but no
 * other control characters, no bidirectional overrides (text that reads differently from
 * what it stores) and nothing that is not well-formed Unicode. Each check answers the
 * reason a value is refused, or empty when it is fine.
 */
public final class Texts {

	private static final int ZERO_WIDTH_NON_JOINER = 0x200C;

	private static final int ZERO_WIDTH_JOINER = 0x200D;

	/** Each reason, as a key of the validation bundle ({@code ValidationMessages}). */
	private static final Map<String, String> TEMPLATES = Map.of( //
			"must not contain control or invisible characters", "{hireflow.text.invisible}", //
			"must contain a letter", "{hireflow.text.letter}", //
			"must not contain control characters or direction overrides", "{hireflow.text.controls-or-overrides}", //
			"is not well-formed text", "{hireflow.text.not-well-formed}");

	private Texts() {
	}

	/**
	 * A person's name: letters needed; control, format (zero-width, bidi) and unassigned
	 * characters refused.
	 */
	public static Optional<String> nameProblem(String value) {
		if (value == null) {
			return Optional.empty();
		}
		Optional<String> encoding = encodingProblem(value);
		if (encoding.isPresent()) {
			return encoding;
		}
		boolean letter = false;
		for (int i = 0; i < value.length();) {
			int c = value.codePointAt(i);
			i += Character.charCount(c);
			int type = Character.getType(c);
			if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
					|| (type == Character.FORMAT && c != ZERO_WIDTH_NON_JOINER && c != ZERO_WIDTH_JOINER)) {
				return Optional.of("must not contain control or invisible characters");
			}
			letter |= Character.isLetter(c);
		}
		return letter ? Optional.empty() : Optional.of("must contain a letter");
	}

	/**
	 * Free text (answers, reasons, comments): line breaks and tabs allowed, other
	 * controls and bidi overrides not.
	 */
	public static Optional<String> freeTextProblem(String value) {
		if (value == null) {
			return Optional.empty();
		}
		Optional<String> encoding = encodingProblem(value);
		if (encoding.isPresent()) {
			return encoding;
		}
		for (int i = 0; i < value.length();) {
			int c = value.codePointAt(i);
			i += Character.charCount(c);
			if ((Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
					|| isBidiControl(c)) {
				return Optional.of("must not contain control characters or direction overrides");
			}
		}
		return Optional.empty();
	}

	/**
	 * A constraint violation that states the rule in the caller's language (the template
	 * is a key of the validation bundle; the value is never interpolated).
	 */
	static boolean refuse(jakarta.validation.ConstraintValidatorContext context, String problem) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(TEMPLATES.getOrDefault(problem, problem)).addConstraintViolation();
		return false;
	}

	/**
	 * Lone surrogates and the non-characters U+FFFE/U+FFFF cannot be stored or shown as
	 * text.
	 */
	private static Optional<String> encodingProblem(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return Optional.of("is not well-formed text");
				}
				i++;
			}
			else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
				return Optional.of("is not well-formed text");
			}
		}
		return Optional.empty();
	}

	/**
	 * Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks
	 * LRM, RLM, ALM.
	 */
	private static boolean isBidiControl(int c) {
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
				|| c == 0x061C;
	}

}
