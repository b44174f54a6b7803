package org.hireflow.security.engineapi;

import java.util.List;

import org.hireflow.security.engineapi.AdminActions.AdminAction;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What administrators changed through Cockpit, Admin and engine REST, newest first
 * (administrators only).
 */
@RestController
@RequestMapping("/api/admin-actions")
@Validated
@Tag(name = "Operations: administrators' engine changes")
@SecurityRequirement(name = "basic")
class AdminActionController {

	private final AdminActions actions;

	AdminActionController(AdminActions actions) {
		this.actions = actions;
	}

	@GetMapping
	@Operation(operationId = "listAdminActions",
			summary = "Changes made by administrators through the engine APIs: who, which call, its answer, when")
	List<AdminAction> recent(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return actions.recent(page, size);
	}

}
