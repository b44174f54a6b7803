package org.hireflow.vacancy;

/**
 * How a vacancy notice states its official-language requirements — NATO bodies' notices
 * write them in two ways.
 */
public enum LanguageRule {

	/** Each language at its own level: "English level IV, French level I". */
	EACH,

	/**
	 * Either way round: "level IV in one official language and level I in the other" —
	 * the higher of the two levels in either language, the lower in the other.
	 */
	EITHER_WAY

}
