package org.hireflow.application.web;

import java.time.LocalDate;
import java.util.List;

import org.hireflow.diversity.Gender;
import org.hireflow.platform.domain.Degree;

import org.hireflow.platform.text.FreeText;
import org.hireflow.platform.text.PersonName;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An application as the candidate submits it. Every field is bounded; names may hold any
 * printable text with a letter (it is escaped wherever shown) but nothing invisible;
 * answers may hold line breaks but no other control characters and no direction
 * overrides. Every message is a key of the validation bundle
 * ({@code ValidationMessages*.properties}), in the caller's language.
 */
record ApplicationRequest(
		@NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") @Pattern(regexp = "[^\\p{Cntrl}]*",
				message = "{hireflow.validation.no-control-characters}") @FreeText String email,
		@NotBlank @Size(max = 100) @PersonName String givenName,
		@NotBlank @Size(max = 100) @PersonName String familyName, @NotNull LocalDate dateOfBirth,
		@NotEmpty @Size(max = 5) List<@NotNull @Pattern(regexp = "[A-Z]{2}",
				message = "{hireflow.validation.country-code}") String> nationalities,
		@NotNull @Pattern(regexp = "[A-Z]{2}",
				message = "{hireflow.validation.country-code}") String appliedNationality,
		@NotNull @Size(max = 10) List<@Valid @NotNull LanguageSkill> languages, @NotNull Degree highestDegree,
		@NotNull @Min(0) @Max(60) Integer yearsOfExperience,
		@NotNull @Pattern(regexp = "en|fr",
				message = "{hireflow.validation.correspondence-language}") String correspondenceLanguage,
		@NotNull @Valid Declarations declarations, @NotNull @Size(max = 20) List<@Valid @NotNull AnswerRequest> answers,
		@Valid SelfIdentification selfIdentification) {

	ApplicationRequest {
		// people paste addresses with spaces around them; the address itself is checked
		// as typed otherwise
		email = email == null ? null : email.strip();
	}

	record LanguageSkill(
			@NotNull @Pattern(regexp = "[a-z]{2}", message = "{hireflow.validation.language-code}") String language,
			@NotNull @Min(1) @Max(5) Integer level) {
	}

	record Declarations(@NotNull Boolean militaryServiceObligationsMet, @NotNull Boolean closelyRelatedToStaffMember) {
	}

	/**
	 * Voluntary, for diversity reporting only; kept apart from the application and never
	 * shown to anyone who assesses it. Absent or {@code gender: null}: not answered.
	 */
	@Schema(name = "SelfIdentification",
			description = "Optional. Used only, de-identified, in diversity reports; never seen by screeners, "
					+ "panels or decision makers.")
	record SelfIdentification(Gender gender) {
	}

	record AnswerRequest(@NotNull @Size(min = 1, max = 40) @FreeText String questionCode,
			@NotNull @Size(max = 10000) @FreeText String text) {
	}

}
