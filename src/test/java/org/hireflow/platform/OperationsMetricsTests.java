package org.hireflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.testing.Api;
import org.hireflow.testing.Fixtures;
import org.hireflow.testing.IntegrationTest;
import org.hireflow.testing.Pipeline;
import org.hireflow.testing.TestClock;
import org.hireflow.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The gauges and counters an operator sets alerts on (README, "Operations") move with
 * what they measure.
 */
@IntegrationTest
class OperationsMetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Pipeline pipeline;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Vacancy vacancy;

	@BeforeEach
	void setUp() {
		vacancy = pipeline.openVacancy(1);
	}

	double gauge(String name, String... tags) {
		return meters.get(name).tags(tags).gauge().value();
	}

	@Test
	void an_open_incident_and_a_job_without_retries_show_until_they_are_resolved() {
		String reference = pipeline.apply(vacancy);
		double incidents = gauge("hireflow.engine.incidents");
		double failed = gauge("hireflow.engine.jobs", "state", "failed");

		String screening = pipeline.task(reference, ProcessIds.TASK_SCREEN_APPLICATION).getExecutionId();
		Incident incident = runtime.createIncident("hireflow-test", screening, "metrics", "a step failed every retry");
		assertThat(gauge("hireflow.engine.incidents")).isEqualTo(incidents + 1);
		runtime.resolveIncident(incident.getId());
		assertThat(gauge("hireflow.engine.incidents")).isEqualTo(incidents);

		Job timer = management.createJobQuery().processInstanceId(pipeline.process(reference).getId()).list().get(0);
		management.setJobRetries(timer.getId(), 0);
		assertThat(gauge("hireflow.engine.jobs", "state", "failed")).isEqualTo(failed + 1);
		management.setJobRetries(timer.getId(), 3);
		assertThat(gauge("hireflow.engine.jobs", "state", "failed")).isEqualTo(failed);
	}

	@Test
	void the_incomplete_event_publications_are_counted() {
		Long incomplete = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class);
		assertThat(gauge("hireflow.events.incomplete")).isEqualTo(incomplete.doubleValue());
	}

	@Test
	void a_task_past_its_due_date_is_counted_overdue() {
		String reference = pipeline.apply(vacancy);
		double overdue = gauge("hireflow.tasks.overdue");

		Task screening = pipeline.task(reference, ProcessIds.TASK_SCREEN_APPLICATION);
		screening.setDueDate(Date.from(clock.instant().minus(Duration.ofDays(1))));
		tasks.saveTask(screening);

		assertThat(gauge("hireflow.tasks.overdue")).isEqualTo(overdue + 1);
	}

	@Test
	void an_application_received_counts_once_and_its_due_step_is_in_the_job_queue_until_run() {
		double received = meters.get("hireflow.intake.applications").counter().count();
		pipeline.runJobs();
		double due = gauge("hireflow.engine.jobs", "state", "due");
		Map<String, Object> application = Fixtures.application(Fixtures.uniqueEmail());

		Api api = new Api(port).header("Idempotency-Key", "metrics-" + application.get("email"));
		assertThat(api.postJson(Fixtures.applicationsPath(vacancy.getReference()), application).status())
			.isEqualTo(201);
		assertThat(api.postJson(Fixtures.applicationsPath(vacancy.getReference()), application).status())
			.as("a replayed retry")
			.isEqualTo(201);

		assertThat(meters.get("hireflow.intake.applications").counter().count()).isEqualTo(received + 1);
		assertThat(gauge("hireflow.engine.jobs", "state", "due")).isGreaterThan(due);
		pipeline.runJobs();
		assertThat(gauge("hireflow.engine.jobs", "state", "due")).isEqualTo(due);
	}

}
