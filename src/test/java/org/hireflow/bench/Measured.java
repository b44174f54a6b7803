package org.hireflow.bench;

/**
 * One measured run: how many requests, how many failed (anything but 2xx), throughput and
 * latency percentiles in milliseconds.
 */
record Measured(String name, int clients, int count, int errors, double seconds, double perSecond, double p50,
		double p95, double p99) {

	String row() {
		return "| %s | %s | %d | %d | %.1f | %.0f | %.0f | %.0f |".formatted(name,
				clients == 0 ? "open loop" : String.valueOf(clients), count, errors, perSecond, p50, p95, p99);
	}

}
