/**
 * Reports for HR: the pipeline's funnel, conversion, time in stage and time to hire, and
 * representation by gender and nationality at each milestone with small cells suppressed
 * — read with SQL aggregates from reporting's own de-identified stage records
 * ({@code report_case}, {@code report_stage}), kept as applications move, so that reports
 * survive the erasure of the people in them. The only reader of {@code diversity}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "application", "vacancy", "diversity", "memberstate" })
package org.hireflow.reporting;
