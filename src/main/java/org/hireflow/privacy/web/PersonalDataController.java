package org.hireflow.privacy.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.hireflow.privacy.Erasure;
import org.hireflow.privacy.PersonalDataExport;
import org.hireflow.privacy.Retention;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Staff: personal data")
@SecurityRequirement(name = "basic")
class PersonalDataController {

	private final PersonalDataExport export;

	private final Erasure erasure;

	private final Retention retention;

	PersonalDataController(PersonalDataExport export, Erasure erasure, Retention retention) {
		this.export = export;
		this.erasure = erasure;
		this.retention = retention;
	}

	@GetMapping("/api/applications/{reference}/personal-data")
	@Operation(operationId = "exportPersonalData",
			summary = "Everything held about the candidate behind this application (a request for access)")
	JsonNode personalData(@PathVariable String reference) {
		return export.of(reference);
	}

	@PostMapping("/api/applications/{reference}/erasure")
	@Operation(operationId = "eraseCandidate",
			summary = "Erase the personal data of the candidate behind this application, in every application of theirs "
					+ "(all must have ended), here and in the engine's history")
	Map<String, List<String>> erase(@PathVariable String reference, Principal user) {
		return Map.of("erased", erasure.eraseCandidate(reference, Erasure.Reason.REQUEST, user.getName()));
	}

	@GetMapping("/api/retention/runs")
	@Operation(operationId = "listRetentionRuns", summary = "The retention job's last twenty runs, newest first")
	List<Retention.Run> runs() {
		return retention.recent();
	}

	@GetMapping("/api/retention/runs/{id}")
	@Operation(operationId = "getRetentionRun", summary = "One run of the retention job, as far as it has got")
	ResponseEntity<Retention.Run> run(@PathVariable long id) {
		return ResponseEntity.of(retention.find(id));
	}

	@PostMapping("/api/retention/runs")
	@Operation(operationId = "startRetentionRun",
			summary = "Run the retention job now; follow its progress at the Location given")
	ResponseEntity<Retention.Run> start(Principal user) {
		Retention.Run run = retention.start(user.getName());
		retention.runInBackground(run);
		return ResponseEntity.accepted().location(URI.create("/api/retention/runs/" + run.id())).body(run);
	}

}
