package org.hireflow.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run measures, from {@code -Dbench.*} system properties. Three modes:
 * {@code standard} (the README's table), {@code smoke} (small numbers: CI proves the
 * benchmark still runs) and {@code growth} (standard plus a million historic
 * applications).
 *
 * @param clients closed-loop concurrency points
 * @param perPoint requests per concurrency point
 * @param burst applications in the burst
 * @param openTasks open applications at which Tasklist is measured
 * @param openLoopSeconds length of the open-loop run
 * @param tasklistSamples requests per Tasklist query and scale
 * @param pipelines applications driven from intake to hired
 * @param historic historic applications seeded for the growth measurement (0: none)
 * @param dbUrl a PostgreSQL server to use instead of the embedded one
 */
record BenchSettings(String mode, List<Integer> clients, int perPoint, int burst, List<Integer> openTasks,
		int openLoopSeconds, int tasklistSamples, int pipelines, int historic, String dbUrl, String dbUser,
		String dbPassword) {

	static BenchSettings fromSystemProperties() {
		String mode = System.getProperty("bench.mode", "standard");
		boolean smoke = mode.equals("smoke");
		return new BenchSettings(mode, integers("bench.clients", smoke ? "1,4" : "1,4,16"),
				integer("bench.per-point", smoke ? 100 : 2000), integer("bench.burst", smoke ? 500 : 10_000),
				integers("bench.open-tasks", smoke ? "1000,2000" : "10000,100000"),
				integer("bench.open-loop-seconds", smoke ? 5 : 60), integer("bench.tasklist-samples", smoke ? 20 : 100),
				integer("bench.pipelines", smoke ? 5 : 100),
				integer("bench.historic", mode.equals("growth") ? 1_000_000 : 0), System.getProperty("bench.db.url"),
				System.getProperty("bench.db.user", "postgres"), System.getProperty("bench.db.password", "postgres"));
	}

	int maxClients() {
		return clients.stream().mapToInt(Integer::intValue).max().orElse(1);
	}

	private static int integer(String name, int fallback) {
		return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)).strip());
	}

	private static List<Integer> integers(String name, String fallback) {
		return Arrays.stream(System.getProperty(name, fallback).split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
	}

}
