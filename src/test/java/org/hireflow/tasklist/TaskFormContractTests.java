package org.hireflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.IdentityService;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.UserTaskHandler;
import org.hireflow.security.Roles;
import org.hireflow.testing.Api;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestUsers;
import org.hireflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every user task has a form in bpmn/forms/, and each form submits exactly what the
 * task's handler reads — so a renamed field cannot silently break a task.
 */
@IntegrationTest
class TaskFormContractTests {

	static final Pattern CAM_VARIABLE = Pattern
		.compile("cam-variable-name=\"([^\"]+)\"|createVariable\\(\\{ name: '([^']+)'");

	@Autowired
	List<UserTaskHandler<?>> handlers;

	@Autowired
	Pipeline pipeline;

	@Autowired
	IdentityService identity;

	@LocalServerPort
	int port;

	@Test
	void tasklist_gets_the_deployed_camunda_form_of_a_task_and_the_embedded_forms_are_served() {
		TestUsers.ensure(identity, "henri", Roles.GROUP_HIRING_MANAGERS);
		var vacancy = pipeline.submittedVacancy(1);
		String task = pipeline.task(vacancy.getReference(), ProcessIds.TASK_APPROVE_AS_HIRING_MANAGER).getId();

		var form = new Api(port).as("henri").get("/engine-rest/task/" + task + "/deployed-form");
		var embedded = new Api(port).get("/forms/panel-evaluation.html");

		assertThat(form.status()).as(form.toString()).isEqualTo(200);
		assertThat(form.json().path("id").asText()).isEqualTo("requisition-approval");
		assertThat(embedded.status()).isEqualTo(200);
		assertThat(embedded.text()).contains("cam-variable-name=\"recommendation\"");
	}

	@Test
	void every_user_task_has_a_form_that_submits_what_its_handler_reads() throws IOException {
		Set<String> checked = new HashSet<>();
		for (String model : List.of("bpmn/application.bpmn", "bpmn/interview.bpmn", "bpmn/offer.bpmn",
				"bpmn/clearances.bpmn", "bpmn/vacancy.bpmn")) {
			BpmnModelInstance bpmn = Bpmn.readModelFromFile(Path.of(model).toFile());
			for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
				UserTaskHandler<?> handler = handlers.stream()
					.filter(h -> h.taskKeys().contains(task.getId()))
					.findFirst()
					.orElseThrow(() -> new AssertionError(task.getId() + " has no handler"));
				Set<String> fields = fields(task);
				assertThat(fields).as("fields of the form of %s", task.getId()).isEqualTo(handler.inputs());
				checked.add(task.getId());
			}
		}
		assertThat(checked).hasSize(14);
	}

	private Set<String> fields(UserTask task) throws IOException {
		String formRef = task.getCamundaFormRef();
		if (formRef != null) {
			Path form = Path.of("bpmn/forms", formRef + ".form");
			assertThat(form).as("Camunda Form of %s", task.getId()).exists();
			JsonNode json = new ObjectMapper().readTree(form.toFile());
			assertThat(json.path("id").asText()).isEqualTo(formRef);
			Set<String> keys = new HashSet<>();
			json.path("components").forEach(component -> {
				if (component.hasNonNull("key")) {
					keys.add(component.path("key").asText());
				}
			});
			return keys;
		}
		String formKey = task.getCamundaFormKey();
		assertThat(formKey).as("form of %s", task.getId()).startsWith("embedded:/forms/");
		Path form = Path.of("bpmn", formKey.substring("embedded:/".length()));
		assertThat(form).exists();
		Set<String> names = new HashSet<>();
		Matcher matcher = CAM_VARIABLE.matcher(Files.readString(form));
		while (matcher.find()) {
			names.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
		}
		return names;
	}

}
