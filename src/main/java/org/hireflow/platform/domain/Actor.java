package org.hireflow.platform.domain;

/**
 * Who did something, when it was not a staff member: the words the audit trails record.
 */
public final class Actor {

	/** The engine or a scheduled job acting on its own. */
	public static final String SYSTEM = "system";

	/** The candidate, through the public API or their status link. */
	public static final String CANDIDATE = "candidate";

	private Actor() {
	}

}
