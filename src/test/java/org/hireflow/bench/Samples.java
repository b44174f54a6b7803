package org.hireflow.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Latencies and statuses of one measured run, safe to fill from many threads. */
final class Samples {

	private final long[] nanos;

	private final AtomicInteger count = new AtomicInteger();

	private final AtomicInteger errors = new AtomicInteger();

	Samples(int capacity) {
		this.nanos = new long[capacity];
	}

	void add(long latencyNanos, int status) {
		int i = count.getAndIncrement();
		if (i < nanos.length) {
			nanos[i] = latencyNanos;
		}
		if (status < 200 || status >= 300) {
			errors.incrementAndGet();
		}
	}

	Measured measured(String name, int clients, double seconds) {
		int n = Math.min(count.get(), nanos.length);
		long[] sorted = Arrays.copyOf(nanos, n);
		Arrays.sort(sorted);
		return new Measured(name, clients, n, errors.get(), seconds, n / seconds, percentile(sorted, 50),
				percentile(sorted, 95), percentile(sorted, 99));
	}

	/** Nearest-rank percentile, in milliseconds. */
	static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

}
