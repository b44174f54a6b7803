package org.hireflow.vacancy.web;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;

import org.hireflow.platform.web.PageParams;
import org.hireflow.platform.web.Problem;
import org.hireflow.vacancy.Competency;
import org.hireflow.vacancy.LanguageRule;
import org.hireflow.vacancy.Panel;
import org.hireflow.vacancy.Question;
import org.hireflow.vacancy.VacancyDraft;
import org.hireflow.vacancy.VacancyService;
import org.hireflow.vacancy.VacancyStatus;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hireflow.platform.text.FreeText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/vacancies")
@Validated
@Tag(name = "Staff: vacancies")
@SecurityRequirement(name = "basic")
class StaffVacancyController {

	private final VacancyService vacancies;

	private final Clock clock;

	StaffVacancyController(VacancyService vacancies, Clock clock) {
		this.vacancies = vacancies;
		this.clock = clock;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "draftVacancy", summary = "Draft a vacancy notice")
	ResponseEntity<VacancyView> create(@Valid @RequestBody CreateVacancyRequest request, Principal user) {
		var vacancy = vacancies.draft(toDraft(request), user.getName());
		return ResponseEntity.created(URI.create("/api/vacancies/" + vacancy.getReference()))
			.body(VacancyView.of(vacancy));
	}

	@GetMapping
	@Operation(operationId = "listVacancies", summary = "List vacancies, optionally by status, page by page")
	PagedModel<VacancyView> list(@RequestParam(required = false) VacancyStatus status,
			@Valid @ParameterObject PageParams paging) {
		return new PagedModel<>(
				vacancies.search(status, paging.sortedBy(Sort.by("id").descending())).map(VacancyView::of));
	}

	@GetMapping("/{reference}")
	@Operation(operationId = "getVacancy", summary = "One vacancy, whatever its status")
	VacancyView one(@PathVariable String reference) {
		return VacancyView.of(vacancies.get(reference));
	}

	record ClosingDateRequest(@NotNull LocalDateTime closingAt) {
	}

	record CancellationRequest(@NotBlank @Size(max = 1000) @FreeText String reason) {
	}

	@PostMapping("/{reference}/submission")
	@Operation(operationId = "submitVacancyForApproval",
			summary = "Send the draft for approval by the hiring manager and HR (starts the lifecycle)")
	VacancyView submit(@PathVariable String reference, Principal user) {
		return VacancyView.of(vacancies.submitForApproval(reference, user.getName()));
	}

	@PostMapping("/{reference}/closing-date")
	@Operation(operationId = "extendClosingDate",
			summary = "Extend the closing date of an open vacancy (local time in the vacancy's zone)")
	VacancyView extend(@PathVariable String reference, @Valid @RequestBody ClosingDateRequest request, Principal user) {
		ZonedDateTime closing = request.closingAt().atZone(vacancies.get(reference).getTimeZone());
		if (closing.isAfter(ZonedDateTime.now(clock).plusYears(1))) {
			throw Problem.invalid("closingAt must be within a year.");
		}
		return VacancyView.of(vacancies.extendClosingDate(reference, closing, user.getName()));
	}

	@PostMapping("/{reference}/cancellation")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(operationId = "cancelVacancy",
			summary = "Cancel the vacancy; every running application ends with 'vacancy cancelled'")
	ResponseEntity<Void> cancel(@PathVariable String reference, @Valid @RequestBody CancellationRequest request,
			Principal user) {
		vacancies.cancel(reference, request.reason(), user.getName());
		return ResponseEntity.accepted().build();
	}

	@PutMapping("/{reference}/panel")
	@Operation(operationId = "setPanel",
			summary = "Set the vacancy's interview panel (at least three members, one of them the chair)")
	VacancyView panel(@PathVariable String reference, @Valid @RequestBody CreateVacancyRequest.PanelRequest request,
			Principal user) {
		return VacancyView
			.of(vacancies.replacePanel(reference, new Panel(request.members(), request.chair()), user.getName()));
	}

	private VacancyDraft toDraft(CreateVacancyRequest r) {
		ZoneId zone;
		try {
			zone = ZoneId.of(r.timeZone());
		}
		catch (DateTimeException ex) {
			throw Problem.invalid("timeZone '" + r.timeZone() + "' is not an IANA time zone such as Europe/Brussels.");
		}
		ZonedDateTime closing = r.closingAt().atZone(zone);
		ZonedDateTime now = ZonedDateTime.now(clock);
		if (!closing.isAfter(now) || closing.isAfter(now.plusYears(1))) {
			throw Problem.invalid("closingAt must be in the future and within a year.");
		}
		if (!r.expectedStartDate().isAfter(closing.toLocalDate())
				|| r.expectedStartDate().isAfter(closing.toLocalDate().plusYears(3))) {
			throw Problem.invalid("expectedStartDate must be after the closing date and within three years of it.");
		}
		if (r.grade().charAt(0) != r.category().name().charAt(0)) {
			throw Problem.invalid("grade " + r.grade() + " does not belong to category " + r.category() + ".");
		}
		requireUnique(r.questions().stream().map(CreateVacancyRequest.QuestionRequest::code).toList(), "question");
		requireUnique(r.competencies().stream().map(CreateVacancyRequest.CompetencyRequest::code).toList(),
				"competency");
		return new VacancyDraft(r.title().strip(), r.category(), r.grade(), r.division().strip(), r.location().strip(),
				r.posts(), closing, r.expectedStartDate(), r.minDegree(), r.minYearsExperience(),
				r.languageRequirements(), r.languageRule() == null ? LanguageRule.EACH : r.languageRule(),
				r.questions().stream().map(q -> new Question(q.code(), q.text().strip(), q.maxLength())).toList(),
				r.competencies()
					.stream()
					.map(c -> new Competency(c.code(), c.name().strip(), c.rubric().strip()))
					.toList(),
				r.hiringManager(), r.recruiters(), new Panel(r.panel().members(), r.panel().chair()),
				r.assessmentPassMark() == null ? 60 : r.assessmentPassMark(),
				r.blindScreening() == null || r.blindScreening());
	}

	private static void requireUnique(List<String> codes, String what) {
		if (new HashSet<>(codes).size() != codes.size()) {
			throw Problem.invalid("Each " + what + " code may appear only once.");
		}
	}

}
