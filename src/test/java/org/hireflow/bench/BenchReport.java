package org.hireflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What a run measured: every point, the figures of the burst and the pipelines, and each
 * target with its measured value — written to target/bench/results.json and printed as
 * the README's tables.
 */
final class BenchReport {

	private final Map<String, Object> machine = new LinkedHashMap<>();

	private final BenchSettings settings;

	private final List<Measured> points = new ArrayList<>();

	private final Map<String, Object> figures = new LinkedHashMap<>();

	private final List<Target> targets = new ArrayList<>();

	BenchReport(BenchSettings settings) {
		this.settings = settings;
	}

	record Target(String goal, String measured, boolean met) {
	}

	void machine(String name, Object value) {
		machine.put(name, value);
	}

	Measured add(Measured point) {
		points.add(point);
		System.out.println("[bench] " + point.row());
		return point;
	}

	void figure(String name, Object value) {
		figures.put(name, value);
		System.out.println("[bench] " + name + " = " + value);
	}

	void target(String goal, String measured, boolean met) {
		targets.add(new Target(goal, measured, met));
	}

	Measured point(String name, int clients) {
		return points.stream()
			.filter(point -> point.name().equals(name) && point.clients() == clients)
			.findFirst()
			.orElseThrow();
	}

	List<Measured> points(String prefix) {
		return points.stream().filter(point -> point.name().startsWith(prefix)).toList();
	}

	void write(Path file) {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("machine", machine);
		all.put("settings", settings);
		all.put("points", points);
		all.put("figures", figures);
		all.put("targets", targets);
		try {
			Files.createDirectories(file.getParent());
			new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), all);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String table() {
		StringBuilder out = new StringBuilder();
		out.append("Machine: ").append(machine).append("\n\n");
		out.append("| run | clients | requests | errors | per second | p50 ms | p95 ms | p99 ms |\n");
		out.append("|---|---|---|---|---|---|---|---|\n");
		points.forEach(point -> out.append(point.row()).append('\n'));
		out.append("\n| figure | value |\n|---|---|\n");
		figures.forEach((name, value) -> out.append("| ").append(name).append(" | ").append(value).append(" |\n"));
		out.append("\n| target | measured | met |\n|---|---|---|\n");
		targets.forEach(target -> out.append("| ")
			.append(target.goal())
			.append(" | ")
			.append(target.measured())
			.append(" | ")
			.append(target.met() ? "yes" : "**no**")
			.append(" |\n"));
		return out.toString();
	}

}
