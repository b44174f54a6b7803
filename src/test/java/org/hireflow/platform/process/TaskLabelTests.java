package org.hireflow.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskLabelTests {

	@Test
	void a_task_is_named_by_its_step_its_reference_and_the_vacancy_title() {
		assertThat(TaskLabel.of("Screen application", "AP-2026-000042", " Policy Officer "))
			.isEqualTo("Screen application · AP-2026-000042 · Policy Officer");
	}

	@Test
	void what_the_process_does_not_know_is_left_out() {
		assertThat(TaskLabel.of("Approve offer", "AP-2026-000042", null)).isEqualTo("Approve offer · AP-2026-000042");
		assertThat(TaskLabel.of("Approve requisition", "VN-2026-0001", ""))
			.isEqualTo("Approve requisition · VN-2026-0001");
	}

	@Test
	void a_long_title_is_cut_to_what_the_engine_stores() {
		String label = TaskLabel.of("Screen application", "AP-2026-000042", "x".repeat(400));

		assertThat(label).hasSize(TaskLabel.MAX_LENGTH)
			.endsWith("…")
			.startsWith("Screen application · AP-2026-000042 · x");
	}

	@Test
	void a_forms_header_reads_the_step_back_from_the_label() {
		assertThat(TaskLabel.step(TaskLabel.of("Approve offer", "AP-2026-000042", "Policy Officer")))
			.isEqualTo("Approve offer");
		assertThat(TaskLabel.step("Approve offer")).isEqualTo("Approve offer");
		assertThat(TaskLabel.step(null)).isNull();
	}

}
