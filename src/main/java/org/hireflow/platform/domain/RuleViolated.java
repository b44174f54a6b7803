package org.hireflow.platform.domain;

import org.hireflow.platform.text.Messages;

/**
 * What was asked breaks a rule of the step (a reason missing, a score out of range); the
 * message says which.
 */
public class RuleViolated extends DomainException {

	private final String messageKey;

	private final Object[] args;

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
		this.messageKey = messageKey;
		this.args = args.clone();
	}

	/** The sentence in the caller's language ({@link Messages}). */
	@Override
	public String getLocalizedMessage() {
		return messageKey == null ? getMessage() : Messages.text(messageKey, getMessage(), args);
	}

}
