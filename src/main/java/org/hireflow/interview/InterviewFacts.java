package org.hireflow.interview;

import java.util.List;

/**
 * An interview as its invitations state it: the calendar uid and sequence, the slot, the
 * panel's user ids.
 */
public record InterviewFacts(String uid, int sequence, Slot slot, List<String> panel) {

	public InterviewFacts {
		panel = List.copyOf(panel);
	}

}
