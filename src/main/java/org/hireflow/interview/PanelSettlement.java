package org.hireflow.interview;

import java.util.List;

import org.hireflow.vacancy.Panel;

/**
 * One candidate's panel once its members have declared: who has still to declare, who
 * evaluates (the members who declared no conflict), who chairs, and how many members it
 * lacks to reach the minimum.
 *
 * @param chair the chair for this candidate, or null when the chair declared a conflict
 * and nobody has been named yet
 */
public record PanelSettlement(List<String> toDeclare, List<String> evaluators, List<String> conflicted, String chair,
		int membersMissing) {

	public PanelSettlement {
		toDeclare = List.copyOf(toDeclare);
		evaluators = List.copyOf(evaluators);
		conflicted = List.copyOf(conflicted);
	}

	/** Everyone has declared, the panel is at its minimum and it has a chair. */
	public boolean complete() {
		return toDeclare.isEmpty() && membersMissing == 0 && chair != null;
	}

	/** The panel that interviews and evaluates this candidate. */
	public Panel panel() {
		return new Panel(evaluators, chair);
	}

}
