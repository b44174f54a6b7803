package org.hireflow.platform.domain;

import java.util.Map;

import org.hireflow.platform.text.Messages;

/**
 * A rule of the domain said no. Named as a fact ({@code ApplicationClosed},
 * {@code AlreadyApplied}), it says which kind of refusal it is and nothing about HTTP:
 * the web layer alone turns a kind into a status and the type into a problem-details URI
 * (one advice).
 */
public abstract class DomainException extends RuntimeException {

	/** What kind of refusal, for whoever has to answer a caller. */
	public enum Kind {

		/** The thing asked about does not exist (or is not for this caller to know). */
		NOT_FOUND,

		/**
		 * The request contradicts the current state (closed, already done, in the wrong
		 * step).
		 */
		CONFLICT,

		/** What was sent breaks a rule about its content. */
		INVALID,

		/** The caller may not do this to this record. */
		FORBIDDEN,

		/** Well-formed but not processable (a key reused with another request). */
		UNPROCESSABLE,

		/** Content of a kind the service does not take (a CV that is not a PDF). */
		UNSUPPORTED

	}

	private final Kind kind;

	private final String type;

	private final String title;

	private final Map<String, Object> properties;

	private String detailKey;

	private Object[] detailArgs = {};

	protected DomainException(Kind kind, String type, String title, String detail) {
		this(kind, type, title, detail, Map.of());
	}

	protected DomainException(Kind kind, String type, String title, String detail, Map<String, Object> properties) {
		super(detail);
		this.kind = kind;
		this.type = type;
		this.title = title;
		this.properties = Map.copyOf(properties);
	}

	public Kind kind() {
		return kind;
	}

	/** The problem type's last segment, e.g. {@code application-closed}. */
	public String type() {
		return type;
	}

	public String title() {
		return title;
	}

	/**
	 * The bundles' key of the detail ({@code refusal.…}) and its args, for a caller
	 * refused in French; the English detail given to the constructor stays the English.
	 */
	protected final void explainedAs(String key, Object... args) {
		this.detailKey = key;
		this.detailArgs = args.clone();
	}

	/** The detail in the caller's language ({@link Messages}). */
	@Override
	public String getLocalizedMessage() {
		return detailKey == null ? getMessage() : Messages.translation(detailKey, detailArgs).orElse(getMessage());
	}

	/** The title in the caller's language: the bundles' {@code problem.<type>}. */
	public String localizedTitle() {
		return Messages.translation("problem." + type).orElse(title);
	}

	/** Extra facts for the caller (the fields in error, a reference). */
	public Map<String, Object> properties() {
		return properties;
	}

}
