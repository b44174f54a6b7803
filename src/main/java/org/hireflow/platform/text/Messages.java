package org.hireflow.platform.text;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal in the language of whoever is being refused: the request's language (a French
 * browser's {@code Accept-Language}, which is also the language Tasklist shows itself
 * in), English otherwise — and English outside a request (a job, a test calling a
 * service). The texts are the message bundles' ({@code i18n/messages*.properties}); the
 * English sentence written where the refusal is made is the fallback when a bundle lacks
 * the key.
 * <p>
 * Static because refusals are exceptions, made where a rule is broken, far from any bean;
 * the bundles are the same for every context in a JVM.
 */
@Component
public final class Messages {

	private static volatile MessageSource bundles;

	Messages(MessageSource messages) {
		use(messages);
	}

	/** The bundles every refusal in this JVM reads (the same in every context). */
	private static void use(MessageSource messages) {
		bundles = messages;
	}

	/**
	 * The bundle's {@code key} in the caller's language, or {@code english} with its
	 * args.
	 */
	public static String text(String key, String english, Object... args) {
		MessageSource source = bundles;
		Locale locale = callersLanguage();
		if (source == null || key == null) {
			return MessageFormat.format(english.replace("'", "''"), args);
		}
		return source.getMessage(key, args, MessageFormat.format(english.replace("'", "''"), args), locale);
	}

	/**
	 * The bundle's {@code key} for a caller who does not read English, or empty: an
	 * English caller gets the sentence as written where the refusal was made.
	 */
	public static java.util.Optional<String> translation(String key, Object... args) {
		MessageSource source = bundles;
		Locale locale = callersLanguage();
		if (source == null || locale.equals(Locale.ENGLISH)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.ofNullable(source.getMessage(key, args, null, locale));
	}

	/** French where the request asks for it first; English otherwise. */
	public static Locale callersLanguage() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = context == null ? null : context.getLocale();
		return locale != null && locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
	}

}
