package org.hireflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.hireflow.testing.ModuleTest;
import org.hireflow.testing.ModuleTest.LoadedModules;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Reporting reads what it declares — applications' moves, vacancies, member states and
 * the self-identification kept apart — and needs no stage of the pipeline to count.
 */
@ModuleTest
class ReportingModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Reports reports;

	@Test
	void reporting_loads_only_what_it_declares() {
		assertThat(LoadedModules.of(context)).containsOnly("platform", "vacancy", "application", "memberstate",
				"diversity", "reporting");
	}

	@Test
	void a_report_over_every_vacancy_has_every_milestone_and_a_row_for_every_member_state() {
		PipelineReport report = reports.pipeline(null, null, null);

		assertThat(report.funnel()).extracting(PipelineReport.FunnelStep::milestone)
			.containsExactly(Milestone.values());
		assertThat(report.nationality().rows()).extracting(PipelineReport.Representation.Row::category)
			.contains("BE", "US", "SE");
		assertThat(report.gender().rows()).extracting(PipelineReport.Representation.Row::category)
			.containsExactly("WOMAN", "MAN", "ANOTHER_GENDER", "PREFER_NOT_TO_SAY", "NOT_ANSWERED");
	}

}
