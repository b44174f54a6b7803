package org.hireflow.platform.process;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's idea of now (moved by tests together with the service's clock), for the
 * stages' task glue.
 */
public final class EngineClock {

	private EngineClock() {
	}

	public static Instant now() {
		return ClockUtil.now().toInstant();
	}

}
