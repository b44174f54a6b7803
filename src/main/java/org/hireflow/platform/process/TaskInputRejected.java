package org.hireflow.platform.process;

import org.hireflow.platform.text.Messages;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * What a person entered in a task is not acceptable. A form validation failure to the
 * engine, so that every client — Tasklist, engine REST, the Java API — gets a 400 with
 * this message and the task stays open.
 */
public class TaskInputRejected extends FormFieldValidationException {

	/** A refusal already in words (a rule of the step, in the caller's language). */
	public TaskInputRejected(String field, String message) {
		super(field, field + ": " + message);
	}

	/**
	 * A refusal of one field, in the caller's language ({@link Messages}): the field's
	 * name as the bundles call it ({@code field.<name>}), then the bundles' {@code key}.
	 * @param english the text in English, with {@code {0}}-style places for the args
	 */
	public TaskInputRejected(String field, String key, String english, Object... args) {
		super(field, Messages.text("refusal.field", "{0}: {1}", Messages.text("field." + field, field),
				Messages.text(key, english, args)));
	}

}
