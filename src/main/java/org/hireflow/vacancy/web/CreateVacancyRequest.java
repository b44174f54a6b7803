package org.hireflow.vacancy.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.vacancy.LanguageRule;
import org.hireflow.vacancy.Category;

import org.hireflow.platform.text.FreeText;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A vacancy notice as staff draft it. The closing date-time is given as the local time in
 * the vacancy's time zone ("23:59 Brussels time"), the way notices state it.
 */
record CreateVacancyRequest(@NotBlank @Size(max = 200) @FreeText String title, @NotNull Category category,
		@NotNull @Pattern(regexp = "[ABCL]\\.[1-7]", message = "must look like A.2, B.4, C.1 or L.3") String grade,
		@NotBlank @Size(max = 120) @FreeText String division, @NotBlank @Size(max = 120) @FreeText String location,
		@NotNull @Min(1) @Max(100) Integer posts, @NotNull LocalDateTime closingAt,
		@NotNull @Size(min = 1, max = 64) @FreeText String timeZone, @NotNull LocalDate expectedStartDate,
		@NotEmpty @Size(max = 2) Map<OfficialLanguage, @NotNull @Min(1) @Max(5) Integer> languageRequirements,
		@Schema(description = "How the notice states its languages: EACH (each at its level, the default) or "
				+ "EITHER_WAY (the higher level in one official language, the lower in the other; both levels "
				+ "given)") LanguageRule languageRule,
		@NotNull Degree minDegree, @NotNull @Min(0) @Max(40) Integer minYearsExperience,
		@NotNull @Size(max = 20) List<@Valid @NotNull QuestionRequest> questions,
		@NotNull @Size(min = 1, max = 15) List<@Valid @NotNull CompetencyRequest> competencies,
		@NotBlank @Size(max = 64) @FreeText String hiringManager,
		@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 64) @FreeText String> recruiters,
		@NotNull @Valid PanelRequest panel, @Min(0) @Max(100) Integer assessmentPassMark, Boolean blindScreening) {

	record PanelRequest(@NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 64) @FreeText String> members,
			@NotBlank @Size(max = 64) @FreeText String chair) {
	}

	record QuestionRequest(@NotNull @Pattern(regexp = "[a-z0-9-]{1,40}") String code,
			@NotBlank @Size(max = 1000) @FreeText String text, @NotNull @Min(1) @Max(10000) Integer maxLength) {
	}

	record CompetencyRequest(@NotNull @Pattern(regexp = "[a-z0-9-]{1,40}") String code,
			@NotBlank @Size(max = 200) @FreeText String name, @NotBlank @Size(max = 2000) @FreeText String rubric) {
	}

}
