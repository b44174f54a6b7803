package org.hireflow.reporting.web;

import java.util.ArrayList;
import java.util.List;

import org.hireflow.reporting.Milestone;
import org.hireflow.reporting.PipelineReport;

/**
 * The report's charts, measured for SVG: the funnel as bars, and each milestone's people
 * by gender as one stacked bar. Hidden cells ("&lt;5") are drawn together as one grey
 * segment without a number, so the chart gives away nothing the table does not.
 */
record PipelineChart(List<Bar> funnel, List<Stack> gender) {

	/** Bars are drawn in a box of this width (SVG user units). */
	static final int WIDTH = 600;

	record Bar(Milestone milestone, long people, Double conversionPercent, int width) {
	}

	record Stack(Milestone milestone, long people, List<Segment> segments) {
	}

	/**
	 * @param category {@code null}: the hidden cells together
	 */
	record Segment(String category, String label, int x, int width) {
	}

	static PipelineChart of(PipelineReport report) {
		long most = Math.max(1, report.funnel().stream().mapToLong(PipelineReport.FunnelStep::people).max().orElse(1));
		List<Bar> funnel = report.funnel()
			.stream()
			.map(step -> new Bar(step.milestone(), step.people(), step.conversionPercent(),
					(int) Math.round(WIDTH * (double) step.people() / most)))
			.toList();
		List<Stack> gender = new ArrayList<>();
		PipelineReport.Representation table = report.gender();
		for (int c = 0; c < table.milestones().size(); c++) {
			long people = report.funnel().get(c).people();
			if (people == 0) {
				continue;
			}
			List<Segment> segments = new ArrayList<>();
			int x = 0;
			long visible = 0;
			for (PipelineReport.Representation.Row row : table.rows()) {
				String cell = row.cells().get(c);
				if (cell.startsWith("<")) {
					continue;
				}
				long count = Long.parseLong(cell);
				visible += count;
				int width = (int) Math.round(WIDTH * (double) count / people);
				segments.add(new Segment(row.category(), cell, x, width));
				x += width;
			}
			if (visible < people) {
				segments.add(new Segment(null, "", x, WIDTH - x));
			}
			gender.add(new Stack(table.milestones().get(c), people, segments));
		}
		return new PipelineChart(funnel, gender);
	}

}
