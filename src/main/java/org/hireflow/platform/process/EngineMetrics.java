package org.hireflow.platform.process;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What an operator watches of the engine, as gauges read from the engine's tables at each
 * scrape: {@code hireflow.engine.incidents} (open incidents: a step that failed every
 * retry and waits in Cockpit), {@code hireflow.engine.jobs} tagged {@code state=due} (the
 * job executor's queue: async steps and timers that are due) or {@code state=failed} (no
 * retries left), and {@code hireflow.tasks.overdue} (user tasks past their due date). The
 * README lists the alerts to set on them.
 */
@Component
class EngineMetrics {

	EngineMetrics(RuntimeService runtime, ManagementService management, TaskService tasks, Clock clock,
			MeterRegistry registry) {
		Gauge.builder("hireflow.engine.incidents", runtime, r -> r.createIncidentQuery().count())
			.description("Open incidents: steps that failed every retry, waiting for an operator in Cockpit")
			.register(registry);
		Gauge.builder("hireflow.engine.jobs", management, m -> m.createJobQuery().executable().count())
			.tag("state", "due")
			.description("Jobs due now and not yet executed: the job executor's queue")
			.register(registry);
		Gauge.builder("hireflow.engine.jobs", management, m -> m.createJobQuery().noRetriesLeft().count())
			.tag("state", "failed")
			.description("Jobs with no retries left (each has an incident)")
			.register(registry);
		Gauge
			.builder("hireflow.tasks.overdue", tasks,
					t -> t.createTaskQuery().dueBefore(Date.from(clock.instant())).count())
			.description("User tasks past their due date")
			.register(registry);
	}

}
