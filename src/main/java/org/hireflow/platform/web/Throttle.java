package org.hireflow.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (an address, a client) in fixed windows and says when a key is
 * over its limit, and for how long. In memory, per node: enough to slow one client down;
 * a distributed attack is the reverse proxy's business. Small enough not to warrant a
 * library (Bucket4j would need a cache beside it for eviction).
 */
public final class Throttle {

	private record Window(Instant start, int count) {
	}

	private static final int SWEEP_ABOVE = 10_000;

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	public Throttle(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Counts one attempt for {@code key}; false when the key has used up its window. */
	public boolean tryAcquire(String key) {
		Instant now = clock.instant();
		sweep(now);
		Window current = windows.compute(key,
				(k, w) -> w == null || expired(w, now) ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
		return current.count() <= limit;
	}

	/** Whether {@code key} is over its limit now, without counting an attempt. */
	public boolean blocked(String key) {
		Window w = windows.get(key);
		return w != null && !expired(w, clock.instant()) && w.count() >= limit;
	}

	/** Seconds until {@code key} may try again (at least 1). */
	public long retryAfterSeconds(String key) {
		Window w = windows.get(key);
		if (w == null) {
			return 1;
		}
		return Math.max(1, Duration.between(clock.instant(), w.start().plus(window)).toSeconds());
	}

	private boolean expired(Window w, Instant now) {
		return !now.isBefore(w.start().plus(window));
	}

	private void sweep(Instant now) {
		if (windows.size() > SWEEP_ABOVE) {
			windows.values().removeIf(w -> expired(w, now));
		}
	}

}
