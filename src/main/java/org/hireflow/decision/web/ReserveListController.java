package org.hireflow.decision.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.hireflow.application.ApplicationService;
import org.hireflow.decision.DecisionService;
import org.hireflow.decision.ReserveListEntry;
import org.hireflow.platform.web.Problem;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hireflow.platform.text.FreeText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A vacancy's reserve list, ranked; the panel chair may reorder it with a reason. */
@RestController
@RequestMapping("/api/vacancies/{reference}/reserve-list")
@Tag(name = "Staff: reserve lists")
@SecurityRequirement(name = "basic")
class ReserveListController {

	record Place(int rank, String application, BigDecimal aggregateScore, Integer chairsRank, String reorderReason,
			Instant placedAt, Instant expiresAt) {
	}

	record ReorderRequest(@NotBlank @Size(max = 20) @FreeText String application, @NotNull @Min(1) Integer position,
			@NotBlank @Size(max = 1000) @FreeText String reason) {
	}

	private final DecisionService decisions;

	private final VacancyService vacancies;

	private final ApplicationService applications;

	ReserveListController(DecisionService decisions, VacancyService vacancies, ApplicationService applications) {
		this.decisions = decisions;
		this.vacancies = vacancies;
		this.applications = applications;
	}

	@GetMapping
	@Operation(operationId = "getReserveList", summary = "The candidates waiting on the reserve list, best first")
	List<Place> ranked(@PathVariable String reference) {
		return view(decisions.ranked(vacancies.get(reference).getId()));
	}

	@PostMapping("/reorder")
	@Operation(operationId = "reorderReserveList",
			summary = "Move a candidate to a position on the reserve list (panel chair, with a reason)")
	List<Place> reorder(@PathVariable String reference, @Valid @RequestBody ReorderRequest request,
			Principal principal) {
		Vacancy vacancy = vacancies.get(reference);
		boolean admin = ((Authentication) principal).getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"));
		if (!admin && !principal.getName().equals(vacancy.getPanel().chair())) {
			throw new Problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
					"Only the chair of this vacancy's panel may reorder its reserve list.");
		}
		long applicationId = applications.get(request.application()).getId();
		return view(decisions.reorder(vacancy.getId(), applicationId, request.position(), request.reason()));
	}

	private List<Place> view(List<ReserveListEntry> entries) {
		return java.util.stream.IntStream.range(0, entries.size()).mapToObj(i -> {
			ReserveListEntry e = entries.get(i);
			return new Place(i + 1, applications.get(e.getApplicationId()).getReference(), e.getAggregateScore(),
					e.getRankOverride(), e.getOverrideReason(), e.getPlacedAt(), e.getExpiresAt());
		}).toList();
	}

}
