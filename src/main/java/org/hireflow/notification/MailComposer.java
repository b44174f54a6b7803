package org.hireflow.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an email in the recipient's language: the subject and paragraphs come from the
 * message bundles ({@code i18n/messages_en}, {@code _fr}), the HTML and plain-text parts
 * from the Thymeleaf layouts {@code templates/mail/message.html|.txt}. Everything a
 * candidate typed reaches the HTML only through {@code th:text}, which escapes it.
 */
@Component
class MailComposer {

	/** A line of the details box: a label key and a value shown as is (escaped). */
	record Detail(String labelKey, String value) {
	}

	/** A link rendered as a button (HTML) and as a URL (text). */
	record Link(String labelKey, String url) {
	}

	private final MessageSource messages;

	private final TemplateEngine templates;

	MailComposer(MessageSource messages) {
		this.messages = messages;
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateEngineMessageSource(messages);
		engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
		this.templates = engine;
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		resolver.setOrder(order);
		return resolver;
	}

	/**
	 * @param kind which email: its texts are {@code mail.<key>.subject} and
	 * {@code mail.<key>.body}
	 * @param args arguments of the subject and body, in the order the bundles use them
	 */
	Mail compose(MailKind kind, String recipient, String name, Locale locale, Object[] args, List<Detail> details,
			Link link, String calendar, String calendarMethod) {
		String subject = messages.getMessage("mail." + kind.key() + ".subject", args, locale);
		List<String> paragraphs = Arrays
			.stream(messages.getMessage("mail." + kind.key() + ".body", args, locale).split("\n\n"))
			.map(String::strip)
			.filter(paragraph -> !paragraph.isEmpty())
			.toList();
		Context context = new Context(locale);
		context.setVariable("subject", subject);
		context.setVariable("name", name);
		context.setVariable("paragraphs", paragraphs);
		context.setVariable("details",
				details.stream()
					.map(detail -> new Detail(messages.getMessage(detail.labelKey(), null, locale), detail.value()))
					.toList());
		context.setVariable("link",
				link == null ? null : new Link(messages.getMessage(link.labelKey(), null, locale), link.url()));
		String html = templates.process("message.html", context);
		String text = templates.process("message.txt", context);
		return new Mail(kind.key(), recipient, name, locale.getLanguage(), subject, text, html, calendar,
				calendarMethod);
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** The bundle's text for {@code key}, or {@code otherwise} where it has none. */
	String messageOr(String key, String otherwise, Locale locale) {
		return messages.getMessage(key, null, otherwise, locale);
	}

}
