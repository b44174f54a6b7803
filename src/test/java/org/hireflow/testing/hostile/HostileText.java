package org.hireflow.testing.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Text that the service must refuse, generated: names with control or invisible
 * characters or no letter at all, free text with control characters, direction overrides
 * or broken Unicode. A lone surrogate cannot live in a Java string that Jackson will
 * write, so it is written as the placeholder {@link #LONE_SURROGATE} and turned into the
 * JSON escape {@code \uD800} after serialisation.
 */
public final class HostileText {

	public static final String LONE_SURROGATE = "\u0001LONE\u0001";

	private static final char[] CONTROLS = { '\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B',
			'\u007F', '\u0085' };

	private static final char[] BIDI = { '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
			'\u2069', '\u200E', '\u200F' };

	private static final char[] INVISIBLE = { '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u180E' };

	private HostileText() {
	}

	/** A name that must be refused. */
	public static Arbitrary<String> name() {
		Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20);
		return Arbitraries.oneOf(insert(plain, Arbitraries.of(join(CONTROLS, BIDI, INVISIBLE))),
				Arbitraries.strings().withChars(INVISIBLE).ofMinLength(1).ofMaxLength(8),
				Arbitraries.strings().withChars("0123456789 -'.,()!?").ofMinLength(1).ofMaxLength(30),
				plain.map(text -> text + LONE_SURROGATE), Arbitraries.of("\uFFFF", "a\uFFFE"));
	}

	/** Free text (an answer, a reason) that must be refused. */
	public static Arbitrary<String> freeText() {
		Arbitrary<String> plain = Arbitraries.strings()
			.withCharRange('a', 'z')
			.withChars(" \n\t.,")
			.ofMinLength(1)
			.ofMaxLength(200);
		return Arbitraries.oneOf(insert(plain, Arbitraries.of(join(CONTROLS, BIDI))),
				plain.map(text -> LONE_SURROGATE + text), plain.map(text -> text + "\uFFFF"));
	}

	/**
	 * Turns placeholders into the JSON escape of a lone surrogate, once the JSON text is
	 * written.
	 */
	public static String escapeLoneSurrogates(String json) {
		return json.replace("\\u0001LONE\\u0001", "\\uD800").replace(LONE_SURROGATE, "\\uD800");
	}

	private static Arbitrary<String> insert(Arbitrary<String> text, Arbitrary<Character> bad) {
		return Combinators.combine(text, bad, Arbitraries.integers().between(0, 1000))
			.as((t, c, at) -> t.substring(0, at % (t.length() + 1)) + c + t.substring(at % (t.length() + 1)));
	}

	private static Character[] join(char[]... sets) {
		StringBuilder all = new StringBuilder();
		for (char[] set : sets) {
			all.append(set);
		}
		return all.toString().chars().mapToObj(c -> (char) c).toArray(Character[]::new);
	}

}
