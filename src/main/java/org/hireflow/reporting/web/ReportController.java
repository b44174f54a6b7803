package org.hireflow.reporting.web;

import java.time.LocalDate;

import org.hireflow.reporting.PipelineCsv;
import org.hireflow.reporting.PipelineReport;
import org.hireflow.reporting.Reports;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "Staff: reports")
@SecurityRequirement(name = "basic")
class ReportController {

	private final Reports reports;

	ReportController(Reports reports) {
		this.reports = reports;
	}

	@GetMapping(path = "/pipeline", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getPipelineReport",
			summary = "Funnel, time in stage, time to hire and representation by gender and nationality (HR)",
			description = "Cells under five people, and those hidden with them so that none can be worked out "
					+ "from the totals, read \"<5\".")
	PipelineReport pipeline(
			@Parameter(description = "a vacancy's reference; absent: every vacancy") @RequestParam(
					required = false) String vacancy,
			@Parameter(description = "applications from this day (UTC)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "applications before this day (UTC), exclusive") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reports.pipeline(vacancy, from, to);
	}

	@GetMapping(path = "/pipeline.csv", produces = "text/csv")
	@Operation(operationId = "getPipelineReportCsv",
			summary = "The pipeline report as CSV: section, milestone, category, value (HR)")
	ResponseEntity<String> pipelineCsv(@RequestParam(required = false) String vacancy,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pipeline-report.csv\"")
			.body(PipelineCsv.of(reports.pipeline(vacancy, from, to)));
	}

}
