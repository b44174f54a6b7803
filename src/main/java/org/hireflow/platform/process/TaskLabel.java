package org.hireflow.platform.process;

/**
 * A task's name in the task list says whose it is: the step, the application's (or
 * vacancy's) reference and the vacancy's title — "Screen application · AP-2026-000042 ·
 * Policy Officer". Never a candidate's name: task names are kept in the engine's history.
 */
public final class TaskLabel {

	/** The engine's column for a task name. */
	static final int MAX_LENGTH = 255;

	private static final String SEPARATOR = " · ";

	private TaskLabel() {
	}

	/** The step a label starts with ("Screen application"), for a form's header. */
	public static String step(String label) {
		if (label == null) {
			return null;
		}
		int end = label.indexOf(SEPARATOR);
		return end < 0 ? label : label.substring(0, end);
	}

	static String of(String step, String reference, String vacancyTitle) {
		StringBuilder label = new StringBuilder(step == null ? "" : step);
		if (reference != null && !reference.isBlank()) {
			label.append(SEPARATOR).append(reference);
		}
		if (vacancyTitle != null && !vacancyTitle.isBlank()) {
			label.append(SEPARATOR).append(vacancyTitle.strip());
		}
		if (label.length() > MAX_LENGTH) {
			label.setLength(MAX_LENGTH - 1);
			label.append('…');
		}
		return label.toString();
	}

}
