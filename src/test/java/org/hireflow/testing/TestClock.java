package org.hireflow.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A clock the tests move, for the service and the engine's timers alike. Follows real
 * time until a test moves it; {@link #reset()} after each test that does.
 */
public class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	/** Moves the service's clock and the engine's clock forward. */
	public void advance(Duration duration) {
		offset = offset.plus(duration);
		ClockUtil.offset(offset.toMillis());
	}

	public void reset() {
		offset = Duration.ZERO;
		ClockUtil.reset();
	}

}
