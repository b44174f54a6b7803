package org.hireflow.platform.domain;

/**
 * What was asked breaks a rule of the step (a reason missing, a score out of range); the
 * message says which.
 */
public class RuleViolated extends DomainException {

	public RuleViolated(String detail) {
		this(null, detail);
	}

	/**
	 * @param messageKey the bundles' key of the sentence ({@code rule.…}), for people
	 * refused in French
	 * @param english the sentence in English, with {@code {0}}-style places for the args
	 */
	public RuleViolated(String messageKey, String english, Object... args) {
		super(Kind.INVALID, "invalid-request", "Invalid request",
				java.text.MessageFormat.format(english.replace("'", "''"), args));
		if (messageKey != null) {
			explainedAs(messageKey, args);
		}
	}

}
