package org.hireflow.diversity;

/**
 * A candidate's gender as they chose to describe it. Not answering at all is no value (an
 * empty {@code Optional}), distinct from {@link #PREFER_NOT_TO_SAY}.
 */
public enum Gender {

	WOMAN, MAN, ANOTHER_GENDER, PREFER_NOT_TO_SAY

}
