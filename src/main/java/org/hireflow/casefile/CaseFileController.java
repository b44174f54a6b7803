package org.hireflow.casefile;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import org.hireflow.application.ApplicationService;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/applications/{reference}")
@Tag(name = "Staff: applications")
@SecurityRequirement(name = "basic")
class CaseFileController {

	private final CaseFileService caseFiles;

	private final ApplicationService applications;

	CaseFileController(CaseFileService caseFiles, ApplicationService applications) {
		this.caseFiles = caseFiles;
		this.applications = applications;
	}

	@GetMapping
	@Operation(operationId = "getCaseFile",
			summary = "One application's whole story: submission, stages with timings, every stage's record")
	CaseFile one(@PathVariable String reference, Authentication user) {
		Set<String> roles = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean recruiterOnly = roles.contains("ROLE_RECRUITER") && !roles.contains("ROLE_HR")
				&& !roles.contains("ROLE_ADMIN") && !roles.contains("ROLE_HIRING_MANAGER");
		return caseFiles.of(reference, recruiterOnly);
	}

	@PostMapping("/withdrawal")
	@Operation(operationId = "recordWithdrawal",
			summary = "Record the candidate's withdrawal (given by letter or phone); candidates withdraw on their status page")
	void withdraw(@PathVariable String reference, Principal user) {
		applications.withdraw(reference, user.getName());
	}

}
