package org.hireflow.platform.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a person entered in a task is not acceptable. A form validation failure to the
 * engine, so that every client — Tasklist, engine REST, the Java API — gets a 400 with
 * this message and the task stays open.
 */
public class TaskInputRejected extends FormFieldValidationException {

	public TaskInputRejected(String field, String message) {
		super(field, field + ": " + message);
	}

}
