package org.hireflow.platform.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores official languages as their ISO 639-1 codes ({@code en}, {@code fr}), like every
 * other language.
 */
@Converter(autoApply = true)
public class OfficialLanguageConverter implements AttributeConverter<OfficialLanguage, String> {

	@Override
	public String convertToDatabaseColumn(OfficialLanguage language) {
		return language == null ? null : language.code();
	}

	@Override
	public OfficialLanguage convertToEntityAttribute(String code) {
		return code == null ? null : OfficialLanguage.ofCode(code);
	}

}
