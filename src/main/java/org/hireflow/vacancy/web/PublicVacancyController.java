package org.hireflow.vacancy.web;

import java.util.List;

import org.hireflow.platform.web.Problem;
import org.hireflow.vacancy.VacancyService;
import org.hireflow.vacancy.VacancyStatus;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What candidates may see: vacancies open for applications, and any published notice. */
@RestController
@RequestMapping("/api/public/vacancies")
@Tag(name = "Public: vacancies")
class PublicVacancyController {

	private final VacancyService vacancies;

	PublicVacancyController(VacancyService vacancies) {
		this.vacancies = vacancies;
	}

	@GetMapping
	@Operation(operationId = "listOpenVacancies", summary = "Vacancies open for applications, soonest closing first")
	List<VacancyView> open() {
		return vacancies.openVacancies().stream().map(VacancyView::of).toList();
	}

	@GetMapping("/{reference}")
	@Operation(operationId = "getPublishedVacancy", summary = "One published vacancy notice")
	VacancyView one(@PathVariable String reference) {
		var vacancy = vacancies.get(reference);
		if (vacancy.getStatus() == VacancyStatus.DRAFT || vacancy.getStatus() == VacancyStatus.APPROVAL) {
			throw Problem.notFound("Vacancy", reference);
		}
		return VacancyView.of(vacancy);
	}

}
