package org.hireflow.reporting.web;

import java.time.LocalDate;

import org.hireflow.reporting.PipelineReport;
import org.hireflow.reporting.Reports;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pipeline report as a page for HR (HTTP Basic, like the staff API): the funnel and
 * representation as server-drawn SVG charts over the same tables, and the CSV to take
 * away.
 */
@Controller
class ReportPage {

	private final Reports reports;

	ReportPage(Reports reports) {
		this.reports = reports;
	}

	@GetMapping("/reports/pipeline")
	String pipeline(@RequestParam(required = false) String vacancy,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		PipelineReport report = reports.pipeline(vacancy, from, to);
		model.addAttribute("report", report);
		model.addAttribute("chart", PipelineChart.of(report));
		model.addAttribute("width", PipelineChart.WIDTH);
		return "staff/pipeline-report";
	}

}
