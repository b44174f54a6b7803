package org.hireflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.hireflow.platform.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every model in bpmn/ keeps to, read from the files alone (no engine, no service).
 */
class ModelConventionsTests {

	/**
	 * Eligibility runs right after the start event's save point, as one step: its facts
	 * are transient variables that a save point in between would drop (personal facts
	 * never stored in the engine).
	 */
	private static final List<String> IN_ONE_STEP_WITH_THE_START = List.of("Task_DeriveEligibilityFacts",
			"Task_ApplyEligibility");

	private static final Pattern STAGE = Pattern.compile("pipeline\\.(?:dueIn|duration)\\('([^']*)'\\)");

	// clearances.bpmn names none: its tasks are due before the offer's start date
	// (clearancesDue)
	@ParameterizedTest
	@ValueSource(strings = { "application.bpmn", "interview.bpmn", "offer.bpmn", "vacancy.bpmn" })
	void every_stage_a_model_names_is_a_stage_with_a_configured_duration(String model) throws IOException {
		Matcher names = STAGE.matcher(Files.readString(Path.of("bpmn", model)));
		int found = 0;
		while (names.find()) {
			assertThat(Stage.of(names.group(1))).as(names.group(1)).isNotNull();
			found++;
		}
		assertThat(found).isPositive();
	}

	@ParameterizedTest
	@ValueSource(strings = { "application.bpmn", "interview.bpmn", "offer.bpmn", "vacancy.bpmn" })
	void every_service_task_is_a_save_point_with_the_engines_retry_cycle(String model) {
		BpmnModelInstance instance = Bpmn.readModelFromFile(Path.of("bpmn", model).toFile());
		List<ServiceTask> tasks = List.copyOf(instance.getModelElementsByType(ServiceTask.class));

		assertThat(tasks).isNotEmpty();
		assertThat(tasks).allSatisfy(task -> {
			assertThat(task.isCamundaAsyncBefore() || IN_ONE_STEP_WITH_THE_START.contains(task.getId()))
				.as(task.getId() + " is a save point")
				.isTrue();
			assertThat(task.getCamundaDelegateExpression()).as(task.getId() + " calls a bean").startsWith("${");
		});
		assertThat(Bpmn.convertToString(instance)).as("one retry cycle, set as the engine default")
			.doesNotContain("failedJobRetryTimeCycle");
	}

	@ParameterizedTest
	@ValueSource(strings = { "interview.bpmn", "offer.bpmn", "clearances.bpmn" })
	void a_called_stage_runs_under_the_applications_business_key_and_hands_its_decisions_back(String model) {
		BpmnModelInstance caller = Bpmn.readModelFromFile(Path.of("bpmn", "application.bpmn").toFile());
		String process = model.replace(".bpmn", "");
		CallActivity call = caller.getModelElementsByType(CallActivity.class)
			.stream()
			.filter(activity -> process.equals(activity.getCalledElement()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("application.bpmn calls no " + process));

		List<CamundaIn> ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
		List<CamundaOut> outs = call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list();
		assertThat(ins)
			.anySatisfy(in -> assertThat(in.getCamundaBusinessKey()).isEqualTo("#{execution.processBusinessKey}"));
		assertThat(ins).anySatisfy(in -> assertThat(in.getCamundaVariables()).isEqualTo("all"));
		assertThat(outs).anySatisfy(out -> assertThat(out.getCamundaVariables()).isEqualTo("all"));
		Object called = Bpmn.readModelFromFile(Path.of("bpmn", model).toFile()).getModelElementById(process);
		assertThat(called).as("process id = file name").isNotNull();
	}

}
