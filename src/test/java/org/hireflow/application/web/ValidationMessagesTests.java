package org.hireflow.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hireflow.platform.domain.Degree;
import org.junit.jupiter.api.Test;

import jakarta.validation.Constraint;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

/**
 * Everything a candidate can be told about a field of their application exists in English
 * and in French: every key of the validation bundle, and every message template of the
 * application's request classes (the service's own keys and Bean Validation's).
 */
class ValidationMessagesTests {

	private static final Pattern TEMPLATE = Pattern.compile("^\\{([^{}]+)}$");

	private static final List<Class<?>> REQUEST_CLASSES = List.of(ApplicationRequest.class,
			ApplicationRequest.LanguageSkill.class, ApplicationRequest.Declarations.class,
			ApplicationRequest.AnswerRequest.class);

	@Test
	void every_key_of_the_validation_bundle_is_in_english_and_in_french() {
		Properties english = bundle("ValidationMessages.properties");
		Properties french = bundle("ValidationMessages_fr.properties");

		assertThat(english).isNotEmpty();
		assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (String key : english.stringPropertyNames()) {
			assertThat(english.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
			assertThat(french.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
			assertThat(french.getProperty(key)).as("French of " + key).isNotEqualTo(english.getProperty(key));
		}
	}

	@Test
	void every_message_template_of_the_request_classes_is_in_english_and_in_french() {
		Properties english = bundle("ValidationMessages.properties");
		Properties french = bundle("ValidationMessages_fr.properties");
		Properties standardEnglish = bundle("org/hibernate/validator/ValidationMessages.properties");
		Properties standardFrench = bundle("org/hibernate/validator/ValidationMessages_fr.properties");
		Set<String> keys = new TreeSet<>();
		REQUEST_CLASSES.forEach(type -> templatesOf(type, keys));

		assertThat(keys).contains("hireflow.validation.country-code", "hireflow.text.not-a-name",
				"hireflow.text.not-acceptable", "jakarta.validation.constraints.NotBlank.message");
		for (String key : keys) {
			boolean ours = key.startsWith("hireflow.");
			String en = (ours ? english : standardEnglish).getProperty(key);
			String fr = (ours ? french : standardFrench).getProperty(key);
			assertThat(en).as(key).isNotBlank();
			assertThat(fr).as(key).isNotBlank().isNotEqualTo(en);
		}
	}

	@Test
	void the_validator_refuses_names_codes_and_text_in_the_callers_language() {
		ApplicationRequest request = new ApplicationRequest("a\u0007@example.org", "-- 42 --", "Du\u202Erand",
				LocalDate.of(1990, 5, 17), List.of("fr"), "France",
				List.of(new ApplicationRequest.LanguageSkill("EN", 4)), Degree.MASTER, 8, "de",
				new ApplicationRequest.Declarations(true, false),
				List.of(new ApplicationRequest.AnswerRequest("motivation", "I care \u202Eabout it")), null);
		Properties french = bundle("ValidationMessages_fr.properties");

		Set<String> messages = messages(request, Locale.FRENCH);

		assertThat(messages).contains(french.getProperty("hireflow.text.letter"),
				french.getProperty("hireflow.text.invisible"),
				french.getProperty("hireflow.text.controls-or-overrides"),
				french.getProperty("hireflow.validation.no-control-characters"),
				french.getProperty("hireflow.validation.country-code"),
				french.getProperty("hireflow.validation.language-code"),
				french.getProperty("hireflow.validation.correspondence-language"));
		assertThat(messages).noneMatch(message -> message.startsWith("must"));
		assertThat(messages(request, Locale.ENGLISH)).contains("must contain a letter",
				"must be an ISO 3166-1 alpha-2 code such as FR");
	}

	/** What the validator says of the request to a caller in {@code locale}. */
	private static Set<String> messages(ApplicationRequest request, Locale locale) {
		MessageInterpolator standard = new ResourceBundleMessageInterpolator();
		MessageInterpolator inLocale = new MessageInterpolator() {

			@Override
			public String interpolate(String template, Context context) {
				return standard.interpolate(template, context, locale);
			}

			@Override
			public String interpolate(String template, Context context, Locale ignored) {
				return standard.interpolate(template, context, locale);
			}

		};
		try (ValidatorFactory factory = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(inLocale)
			.buildValidatorFactory()) {
			Set<String> messages = new TreeSet<>();
			factory.getValidator().validate(request).forEach(violation -> messages.add(violation.getMessage()));
			return messages;
		}
	}

	/**
	 * The key of every constraint on the record's components and their type arguments
	 * (the constraint's default template where it states none); a sentence written in
	 * place of a key fails.
	 */
	private static void templatesOf(Class<?> type, Set<String> keys) {
		for (RecordComponent component : type.getRecordComponents()) {
			List<Annotation> annotations = new ArrayList<>(List.of(component.getAnnotations()));
			collect(component.getAnnotatedType(), annotations);
			for (Annotation annotation : annotations) {
				if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
					String message = message(annotation);
					Matcher template = TEMPLATE.matcher(message);
					assertThat(template.matches()).as("a key, not a sentence: " + message + " on " + component)
						.isTrue();
					keys.add(template.group(1));
				}
			}
		}
	}

	private static String message(Annotation annotation) {
		try {
			return (String) annotation.annotationType().getMethod("message").invoke(annotation);
		}
		catch (ReflectiveOperationException ex) {
			throw new AssertionError(ex);
		}
	}

	private static void collect(AnnotatedType type, List<Annotation> annotations) {
		annotations.addAll(List.of(type.getAnnotations()));
		if (type instanceof AnnotatedParameterizedType parameterized) {
			for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
				collect(argument, annotations);
			}
		}
	}

	private static Properties bundle(String resource) {
		Properties properties = new Properties();
		try (InputStream in = ValidationMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		return properties;
	}

}
