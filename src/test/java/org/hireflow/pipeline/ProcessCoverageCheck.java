package org.hireflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * Runs after the test suite (its own Surefire execution in the verify phase): every model
 * in {@code bpmn/} must have at least 90% of its flow nodes covered by the process tests,
 * counted over all coverage reports under {@code target/process-test-coverage/}.
 */
class ProcessCoverageCheck {

	static final double MINIMUM = 0.90;

	@Test
	void every_bpmn_model_reaches_ninety_percent_of_its_flow_nodes() throws IOException {
		Map<String, Set<String>> covered = coveredFlowNodes(Path.of("target/process-test-coverage"));
		List<Path> models;
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
		}
		assertThat(models).isNotEmpty();
		StringBuilder report = new StringBuilder("\nProcess test coverage (flow nodes):\n");
		Map<String, Double> ratios = new HashMap<>();
		for (Path file : models) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			for (Process process : model.getModelElementsByType(Process.class)) {
				Set<String> nodes = new TreeSet<>();
				model.getModelElementsByType(FlowNode.class).forEach(node -> nodes.add(node.getId()));
				Set<String> hit = new HashSet<>(covered.getOrDefault(process.getId(), Set.of()));
				hit.retainAll(nodes);
				double ratio = (double) hit.size() / nodes.size();
				ratios.put(process.getId(), ratio);
				Set<String> missed = new TreeSet<>(nodes);
				missed.removeAll(hit);
				report.append("  %-12s %3d/%3d = %5.1f%%  not covered: %s%n".formatted(process.getId(), hit.size(),
						nodes.size(), ratio * 100, missed));
			}
		}
		System.out.println(report);
		assertThat(ratios).as(report.toString())
			.allSatisfy((process, ratio) -> assertThat(ratio).isGreaterThanOrEqualTo(MINIMUM));
	}

	private static Map<String, Set<String>> coveredFlowNodes(Path reports) throws IOException {
		Map<String, Set<String>> covered = new HashMap<>();
		if (!Files.isDirectory(reports)) {
			return covered;
		}
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> files = Files.walk(reports)) {
			for (Path report : files.filter(file -> file.getFileName().toString().equals("report.json")).toList()) {
				for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
					for (JsonNode run : suite.path("runs")) {
						for (JsonNode event : run.path("events")) {
							if ("FLOW_NODE".equals(event.path("source").asText())) {
								covered.computeIfAbsent(event.path("modelKey").asText(), key -> new HashSet<>())
									.add(event.path("definitionKey").asText());
							}
						}
					}
				}
			}
		}
		return covered;
	}

}
