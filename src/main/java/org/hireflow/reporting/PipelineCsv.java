package org.hireflow.reporting;

import java.util.List;

/**
 * The pipeline report as one tidy CSV table — {@code section,milestone,category,value} —
 * that a spreadsheet pivots as it likes. Hidden cells read {@code <5}.
 */
public final class PipelineCsv {

	private PipelineCsv() {
	}

	public static String of(PipelineReport report) {
		StringBuilder csv = new StringBuilder("section,milestone,category,value\r\n");
		for (PipelineReport.FunnelStep step : report.funnel()) {
			line(csv, "people", step.milestone().name(), "", Long.toString(step.people()));
			if (step.conversionPercent() != null) {
				line(csv, "conversion-percent", step.milestone().name(), "", step.conversionPercent().toString());
			}
		}
		for (PipelineReport.Duration stage : report.timeInStage()) {
			line(csv, "days-in-stage-median", stage.stage(), "", String.valueOf(stage.medianDays()));
			line(csv, "days-in-stage-p90", stage.stage(), "", String.valueOf(stage.p90Days()));
		}
		if (report.timeToHire().cases() > 0) {
			line(csv, "days-to-hire-median", "HIRED", "", String.valueOf(report.timeToHire().medianDays()));
			line(csv, "days-to-hire-p90", "HIRED", "", String.valueOf(report.timeToHire().p90Days()));
		}
		table(csv, "gender", report.gender());
		table(csv, "nationality", report.nationality());
		return csv.toString();
	}

	private static void table(StringBuilder csv, String section, PipelineReport.Representation table) {
		for (PipelineReport.Representation.Row row : table.rows()) {
			List<String> cells = row.cells();
			for (int c = 0; c < cells.size(); c++) {
				line(csv, section, table.milestones().get(c).name(), row.category(), cells.get(c));
			}
		}
	}

	/** Every value is a code or a number the service wrote: nothing to quote. */
	private static void line(StringBuilder csv, String section, String milestone, String category, String value) {
		csv.append(section)
			.append(',')
			.append(milestone)
			.append(',')
			.append(category)
			.append(',')
			.append(value)
			.append("\r\n");
	}

}
