package org.hireflow.platform.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The values a person submitted with a task, read strictly: each accessor names the field
 * and its rule, and rejects what does not fit with a {@link TaskInputRejected}.
 */
public final class TaskInputs {

	private final VariableMap values;

	private TaskInputs(Map<String, Object> values) {
		this.values = Variables.fromMap(values);
	}

	public static TaskInputs of(Map<String, Object> values) {
		return new TaskInputs(values);
	}

	public boolean has(String name) {
		Object value = values.get(name);
		return value != null && !(value instanceof String s && s.isBlank());
	}

	public String text(String name, int maxLength) {
		if (!has(name)) {
			throw new TaskInputRejected(name, "refusal.required", "is required");
		}
		return optionalText(name, maxLength);
	}

	public String optionalText(String name, int maxLength) {
		if (!has(name)) {
			return null;
		}
		String text = String.valueOf(values.get(name)).strip();
		if (text.length() > maxLength) {
			throw new TaskInputRejected(name, "refusal.too-long", "must be at most {0,number,#} characters", maxLength);
		}
		return text;
	}

	public boolean bool(String name) {
		Object value = values.get(name);
		if (value instanceof Boolean b) {
			return b;
		}
		if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
			return Boolean.parseBoolean(s);
		}
		throw new TaskInputRejected(name, "refusal.yes-or-no", "is required (yes or no)");
	}

	public int integer(String name, int min, int max) {
		Object value = values.get(name);
		long number;
		if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
			number = n.longValue();
		}
		else if (value instanceof String s && s.strip().matches("-?\\d{1,9}")) {
			number = Long.parseLong(s.strip());
		}
		else {
			throw new TaskInputRejected(name, "refusal.whole-number",
					"is required (a whole number from {0,number,#} to {1,number,#})", min, max);
		}
		if (number < min || number > max) {
			throw new TaskInputRejected(name, "refusal.range", "must be from {0,number,#} to {1,number,#}", min, max);
		}
		return (int) number;
	}

	public <E extends Enum<E>> E choice(String name, Class<E> type) {
		if (!has(name)) {
			throw new TaskInputRejected(name, "refusal.required", "is required");
		}
		try {
			return Enum.valueOf(type, String.valueOf(values.get(name)).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new TaskInputRejected(name, "refusal.choice", "is not one of the offered choices");
		}
	}

	public LocalDate date(String name) {
		Object value = values.get(name);
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		if (value == null) {
			throw new TaskInputRejected(name, "refusal.date", "is required (a date such as 2027-03-01)");
		}
		try {
			String text = String.valueOf(value).strip();
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw new TaskInputRejected(name, "refusal.date", "is required (a date such as 2027-03-01)");
		}
	}

	/**
	 * A local date-time to the minute: "2027-03-01T09:30", or with a space as people type
	 * it.
	 */
	public LocalDateTime dateTime(String name) {
		try {
			return LocalDateTime
				.parse(String.valueOf(values.get(name)).strip().replaceFirst("^(\\S+) (\\S+)$", "$1T$2"));
		}
		catch (DateTimeParseException ex) {
			throw new TaskInputRejected(name, "refusal.date-time",
					"is required (a date and time such as 2027-03-01 09:30)");
		}
	}

	public Object raw(String name) {
		return values.get(name);
	}

}
