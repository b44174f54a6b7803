package org.hireflow.application.web;

import java.util.HashMap;
import java.util.Map;

import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.platform.web.PageParams;
import org.hireflow.vacancy.VacancyService;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/applications")
@Validated
@Tag(name = "Staff: applications")
@SecurityRequirement(name = "basic")
class StaffApplicationController {

	private final ApplicationService applications;

	private final VacancyService vacancies;

	StaffApplicationController(ApplicationService applications, VacancyService vacancies) {
		this.applications = applications;
		this.vacancies = vacancies;
	}

	@GetMapping
	@Operation(operationId = "searchApplications",
			summary = "Search applications by vacancy and status, page by page, newest first")
	PagedModel<ApplicationSummary> search(@RequestParam(required = false) String vacancy,
			@RequestParam(required = false) ApplicationStatus status, @Valid @ParameterObject PageParams paging) {
		Long vacancyId = vacancy == null ? null : vacancies.get(vacancy).getId();
		Map<Long, String> references = new HashMap<>();
		return new PagedModel<>(
				applications.search(vacancyId, status, paging.sortedBy(Sort.by("submittedAt").descending()))
					.map(a -> ApplicationSummary.of(a,
							references.computeIfAbsent(a.getVacancyId(), id -> vacancies.get(id).getReference()))));
	}

}
