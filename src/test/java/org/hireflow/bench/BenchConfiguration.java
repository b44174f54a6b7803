package org.hireflow.bench;

import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.hireflow.testing.Pipeline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The baseline the service is measured against, deployed into the same engine on the same
 * database: the smallest process that does what an application's intake does — one row
 * inserted and a process started that waits in a user task — behind one HTTP endpoint,
 * without validation, idempotency, events or emails. Plus the test suite's pipeline
 * driver, to take applications from intake to hired. Nothing here is a scanned component
 * (no {@code @Configuration}, no {@code @RestController}): the test suite's contexts scan
 * the same classes, and must not get the baseline.
 */
@Import(Pipeline.class)
class BenchConfiguration {

	static final String RAW_PROCESS = "benchRaw";

	static final String RAW_PIPELINE = "benchRawPipeline";

	@Bean
	RawEngine rawEngine(RuntimeService runtime, TaskService tasks, RepositoryService repository, JdbcTemplate jdbc,
			TransactionTemplate transactions) {
		jdbc.execute(
				"create table if not exists bench_raw (id bigserial primary key, business_key varchar(64) not null,"
						+ " created_at timestamptz not null default now())");
		BpmnModelInstance start = Bpmn.createExecutableProcess(RAW_PROCESS)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask("Task_Raw")
			.camundaCandidateGroups("recruiters")
			.endEvent()
			.done();
		repository.createDeployment()
			.name("benchmark baseline")
			.enableDuplicateFiltering(true)
			.addModelInstance(RAW_PROCESS + ".bpmn", start)
			.deploy();
		return new RawEngine(runtime, tasks, repository, jdbc, transactions);
	}

	/** The baseline's one endpoint, a functional route. */
	@Bean
	RouterFunction<ServerResponse> rawStart(RawEngine engine) {
		return RouterFunctions.route().POST("/bench/raw-start", request -> {
			engine.start();
			return ServerResponse.status(HttpStatus.CREATED).build();
		}).build();
	}

	/** Only the baseline's endpoint: anonymous, as the candidates' intake is. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain benchBaseline(HttpSecurity http) throws Exception {
		return http.securityMatcher("/bench/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.build();
	}

	/** The raw engine: a start with one insert, and a pipeline of n user tasks. */
	static final class RawEngine {

		private final RuntimeService runtime;

		private final TaskService tasks;

		private final RepositoryService repository;

		private final JdbcTemplate jdbc;

		private final TransactionTemplate transactions;

		RawEngine(RuntimeService runtime, TaskService tasks, RepositoryService repository, JdbcTemplate jdbc,
				TransactionTemplate transactions) {
			this.runtime = runtime;
			this.tasks = tasks;
			this.repository = repository;
			this.jdbc = jdbc;
			this.transactions = transactions;
		}

		void start() {
			String key = UUID.randomUUID().toString();
			transactions.executeWithoutResult(status -> {
				jdbc.update("insert into bench_raw (business_key) values (?)", key);
				runtime.startProcessInstanceByKey(RAW_PROCESS, key);
			});
		}

		/** Deploys a process of {@code waits} user tasks in a row. */
		void deployPipeline(int waits) {
			AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(RAW_PIPELINE)
				.camundaHistoryTimeToLive(1)
				.startEvent();
			for (int i = 1; i <= waits; i++) {
				flow = flow.userTask("Task_Wait" + i).camundaCandidateGroups("recruiters");
			}
			repository.createDeployment()
				.name("benchmark pipeline baseline")
				.enableDuplicateFiltering(true)
				.addModelInstance(RAW_PIPELINE + ".bpmn", flow.endEvent().done())
				.deploy();
		}

		/** One instance of the pipeline baseline, from start to end, as one person. */
		void runPipeline() {
			String instance = transactions.execute(status -> {
				jdbc.update("insert into bench_raw (business_key) values (?)", "pipeline");
				return runtime.startProcessInstanceByKey(RAW_PIPELINE, UUID.randomUUID().toString()).getId();
			});
			while (true) {
				var task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
				if (task == null) {
					return;
				}
				tasks.complete(task.getId());
			}
		}

	}

}
