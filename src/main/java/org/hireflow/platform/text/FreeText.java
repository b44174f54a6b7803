package org.hireflow.platform.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Free text as {@link Texts#freeTextProblem} accepts it; the refusal names the rule. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FreeText.Validator.class)
public @interface FreeText {

	String message() default "{hireflow.text.not-acceptable}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<FreeText, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return Texts.freeTextProblem(value).map(problem -> Texts.refuse(context, problem)).orElse(true);
		}

	}

}
