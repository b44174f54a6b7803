package org.hireflow.platform.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A task input the completion guard refused is a person's mistake, not an engine failure:
 * one INFO line without a stack trace. The engine logs every exception that leaves a
 * command as ERROR ENGINE-16004 with its whole trace — a page of red in the log for each
 * missing reason on a form, which hides the errors that matter.
 */
@Component
class RefusedInputLogging extends TurboFilter implements DisposableBean {

	private static final org.slf4j.Logger log = LoggerFactory.getLogger(RefusedInputLogging.class);

	/** Where the engine logs exceptions that leave a command. */
	static final String ENGINE_COMMAND_LOGGER = "org.camunda.bpm.engine.context";

	RefusedInputLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.addTurboFilter(this);
			start();
		}
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
			Throwable thrown) {
		if (level != Level.ERROR || !logger.getName().equals(ENGINE_COMMAND_LOGGER)) {
			return FilterReply.NEUTRAL;
		}
		if (thrownIn(params, thrown) instanceof TaskInputRejected refused) {
			log.info("Task input refused: {}", refused.getMessage());
			return FilterReply.DENY;
		}
		return FilterReply.NEUTRAL;
	}

	private static Throwable thrownIn(Object[] params, Throwable thrown) {
		if (thrown != null) {
			return thrown;
		}
		return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
	}

	@Override
	public void destroy() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getTurboFilterList().remove(this);
		}
		stop();
	}

}
