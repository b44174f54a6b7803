package org.hireflow.platform.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A person's name as {@link Texts#nameProblem} accepts it; the refusal names the rule.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PersonName.Validator.class)
public @interface PersonName {

	String message() default "{hireflow.text.not-a-name}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PersonName, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return Texts.nameProblem(value).map(problem -> Texts.refuse(context, problem)).orElse(true);
		}

	}

}
