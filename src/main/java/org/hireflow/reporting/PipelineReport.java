package org.hireflow.reporting;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The pipeline report for one scope (a vacancy, a period of application dates, or both).
 *
 * @param funnel people who reached each milestone, with the share of the previous
 * milestone's
 * @param timeInStage how long applications stayed in each stage they left, in days
 * @param timeToHire from application to appointment, in days
 * @param gender people at each milestone by the gender they chose to give
 * @param nationality people at each milestone by the nationality they applied under
 */
@Schema(name = "PipelineReport")
public record PipelineReport(Scope scope, List<FunnelStep> funnel, List<Duration> timeInStage, Duration timeToHire,
		Representation gender, Representation nationality) {

	/**
	 * {@code null} fields: no restriction. Dates are of application, UTC, to exclusive.
	 */
	@Schema(name = "ReportScope")
	public record Scope(String vacancy, LocalDate from, LocalDate to) {
	}

	/**
	 * @param conversionPercent share of the previous milestone's people, one decimal;
	 * absent for the first or after a milestone nobody reached
	 */
	@Schema(name = "FunnelStep")
	public record FunnelStep(Milestone milestone, long people, Double conversionPercent) {
	}

	/**
	 * @param stage an application status; {@code cases} that left it (or were hired)
	 */
	@Schema(name = "StageDuration")
	public record Duration(String stage, long cases, Double medianDays, Double p90Days) {
	}

	/**
	 * A count table: one row per category, one cell per milestone (the funnel's order).
	 * Cells under five people — and the cells hidden with them so that none can be worked
	 * out from the totals — read {@code "<5"}.
	 *
	 * @param flagged the categories to watch (nationalities under-represented on the
	 * staff)
	 */
	@Schema(name = "Representation")
	public record Representation(List<Milestone> milestones, List<Row> rows, List<String> flagged) {

		@Schema(name = "RepresentationRow")
		public record Row(String category, List<String> cells) {
		}

	}

}
