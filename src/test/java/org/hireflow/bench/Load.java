package org.hireflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop clients (each sends its next request when the last one is answered) and an
 * open-loop arrival rate (requests at fixed intervals, latency counted from when each was
 * due, so a slow answer delays no later measurement).
 */
final class Load {

	/** One request; its HTTP status, or 0 for a call that threw. */
	@FunctionalInterface
	interface Request {

		int send() throws Exception;

	}

	private Load() {
	}

	/** {@code total} requests shared by {@code clients} closed-loop clients. */
	static Measured closedLoop(String name, int clients, int total, Request request) {
		AtomicInteger next = new AtomicInteger();
		Samples samples = new Samples(total);
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				running.add(pool.submit(() -> {
					while (next.getAndIncrement() < total) {
						long sent = System.nanoTime();
						int status = statusOf(request);
						samples.add(System.nanoTime() - sent, status);
					}
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("a client failed", ex);
		}
		finally {
			pool.shutdownNow();
		}
		return samples.measured(name, clients, (System.nanoTime() - start) / 1e9);
	}

	/** Requests at {@code perSecond} for {@code length}. */
	static Measured openLoop(String name, double perSecond, Duration length, Request request) {
		int total = (int) Math.round(perSecond * length.toSeconds());
		Samples samples = new Samples(total);
		long intervalNanos = (long) (1e9 / perSecond);
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		ExecutorService senders = Executors.newCachedThreadPool();
		long start = System.nanoTime();
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < total; i++) {
				long due = start + i * intervalNanos;
				sent.add(clock.schedule(() -> sent(senders, samples, request, due), due - System.nanoTime(),
						TimeUnit.NANOSECONDS));
			}
			for (Future<?> each : sent) {
				((Future<?>) each.get()).get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("the open loop failed", ex);
		}
		finally {
			clock.shutdownNow();
			senders.shutdownNow();
		}
		return samples.measured(name, 0, (System.nanoTime() - start) / 1e9);
	}

	private static Future<?> sent(ExecutorService senders, Samples samples, Request request, long due) {
		return senders.submit(() -> {
			int status = statusOf(request);
			samples.add(System.nanoTime() - due, status);
		});
	}

	private static int statusOf(Request request) {
		try {
			return request.send();
		}
		catch (Exception ex) {
			return 0;
		}
	}

}
