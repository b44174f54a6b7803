package org.hireflow.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read as typed: {@code "givenName": true} is not the text "true",
 * {@code "highestDegree": 0} is not the first degree, {@code "posts": "3"} is not a
 * number, {@code "dateOfBirth": 0} is not 1 January 1970, and {@code {…}garbage} is not a
 * JSON document. Jackson accepts all of these by default; a caller gets a 400 naming the
 * field instead.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	Jackson2ObjectMapperBuilderCustomizer strictCoercion() {
		return builder -> builder
			.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
					DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.postConfigurer(mapper -> {
				// not lenient: 0 is not 1970-01-01, "" is not a missing date
				mapper.setDefaultLeniency(false);
				for (CoercionInputShape scalar : new CoercionInputShape[] { CoercionInputShape.Boolean,
						CoercionInputShape.Integer, CoercionInputShape.Float }) {
					mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
				}
				for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float,
						LogicalType.Boolean }) {
					mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
				}
				mapper.coercionConfigFor(LogicalType.Boolean)
					.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
				mapper.coercionConfigFor(LogicalType.Integer)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
			});
	}

}
