package org.hireflow.platform.domain;

/**
 * The organisation's language proficiency scale, I (elementary) to V (advanced/mastery),
 * stored as 1–5.
 */
public final class LanguageLevel {

	public static final int MIN = 1;

	public static final int MAX = 5;

	private static final String[] ROMAN = { "", "I", "II", "III", "IV", "V" };

	private LanguageLevel() {
	}

	public static String roman(int level) {
		if (level < MIN || level > MAX) {
			throw new IllegalArgumentException("language level out of range: " + level);
		}
		return ROMAN[level];
	}

}
