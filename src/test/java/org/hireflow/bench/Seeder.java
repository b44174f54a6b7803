package org.hireflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.hireflow.platform.process.ProcessIds;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open applications by the thousand, waiting for screening, without going through the
 * intake one by one: candidate and application rows inserted in bulk, then each process
 * started at the screening task — the same task, candidates, due date and reminder timer
 * as an application that came through eligibility. And historic applications for the
 * growth measurement: ended, with the rows their history leaves.
 */
final class Seeder {

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final TransactionTemplate transactions;

	Seeder(JdbcTemplate jdbc, RuntimeService runtime, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.transactions = transactions;
	}

	int openScreenings() {
		return jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = ?", Integer.class,
				ProcessIds.TASK_SCREEN_APPLICATION);
	}

	/** Tops the open screening tasks up to {@code target}, for the given vacancy. */
	void openScreeningsUpTo(int target, long vacancyId) {
		int missing = target - openScreenings();
		long first = nextSeed();
		ExecutorService seeders = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> batches = new ArrayList<>();
			for (int done = 0; done < missing; done += BATCH) {
				long from = first + done;
				long to = from + Math.min(BATCH, missing - done) - 1;
				batches.add(seeders.submit(() -> openScreenings(from, to, vacancyId)));
			}
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException("seeding failed", ex);
		}
		finally {
			seeders.shutdownNow();
		}
	}

	private void openScreenings(long from, long to, long vacancyId) {
		transactions.executeWithoutResult(status -> {
			List<Map<String, Object>> rows = insertApplications(from, to, vacancyId, "SCREENING");
			for (Map<String, Object> row : rows) {
				runtime.createProcessInstanceByKey(ProcessIds.APPLICATION_PROCESS)
					.businessKey((String) row.get("reference"))
					.setVariable(ProcessIds.VAR_APPLICATION_ID, ((Number) row.get("id")).longValue())
					.setVariable(ProcessIds.VAR_VACANCY_ID, vacancyId)
					.startBeforeActivity(ProcessIds.TASK_SCREEN_APPLICATION)
					.execute();
			}
		});
	}

	/**
	 * {@code count} ended applications, with what Camunda's history keeps of each (the
	 * process instance, its tasks and variables), in bulk.
	 */
	void historic(int count, long vacancyId) {
		String definition = jdbc.queryForObject(
				"select id_ from act_re_procdef where key_ = ? order by version_ desc limit 1", String.class,
				ProcessIds.APPLICATION_PROCESS);
		long first = nextSeed();
		int chunk = 50_000;
		for (int done = 0; done < count; done += chunk) {
			long from = first + done;
			long to = from + Math.min(chunk, count - done) - 1;
			transactions.executeWithoutResult(status -> {
				insertApplications(from, to, vacancyId, "REJECTED");
				jdbc.update("""
						insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_,
						    start_time_, end_time_, duration_, start_act_id_, end_act_id_, state_, removal_time_)
						select 'seed-' || g, 'seed-' || g, 'SD' || lpad(g::text, 9, '0'), ?, ?,
						    now() - interval '300 days', now() - interval '200 days', 8640000000,
						    'StartEvent_ApplicationSubmitted', 'EndEvent_ScreenedOut', 'COMPLETED',
						    now() + interval '200 days'
						from generate_series(?::bigint, ?::bigint) g""", ProcessIds.APPLICATION_PROCESS, definition,
						from, to);
				jdbc.update("""
						insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, proc_inst_id_,
						    execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_,
						    delete_reason_, priority_, removal_time_, root_proc_inst_id_)
						select 'seed-t' || g, ?, ?, ?, 'seed-' || g, 'seed-' || g, 'seed-a' || g,
						    'Screen application', 'rita', now() - interval '300 days', now() - interval '200 days',
						    8640000000, 'completed', 50, now() + interval '200 days', 'seed-' || g
						from generate_series(?::bigint, ?::bigint) g""", ProcessIds.TASK_SCREEN_APPLICATION,
						ProcessIds.APPLICATION_PROCESS, definition, from, to);
				jdbc.update("""
						insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_,
						    name_, var_type_, long_, text_, create_time_, state_, removal_time_, root_proc_inst_id_)
						select 'seed-v' || g || '-' || v, ?, ?, 'seed-' || g, 'seed-' || g,
						    (array['applicationId', 'vacancyId', 'eligible', 'shortlisted'])[v],
						    'long', g, null, now() - interval '300 days', 'CREATED', now() + interval '200 days',
						    'seed-' || g
						from generate_series(?::bigint, ?::bigint) g, generate_series(1, 4) v""",
						ProcessIds.APPLICATION_PROCESS, definition, from, to);
			});
		}
		jdbc.execute("analyze");
	}

	private List<Map<String, Object>> insertApplications(long from, long to, long vacancyId, String status) {
		return jdbc.queryForList("""
				with c as (
				    insert into candidate (email, given_name, family_name, date_of_birth, highest_degree,
				        years_experience, correspondence_language, created_at)
				    select 'seed-' || g || '@bench.example.org', 'Seed', 'Candidate ' || g, date '1990-05-17',
				        'MASTER', 8, 'en', now()
				    from generate_series(?::bigint, ?::bigint) g
				    returning id, email)
				insert into application (reference, vacancy_id, candidate_id, profile, answers, status, submitted_at)
				select 'SD' || lpad(substring(c.email from 'seed-([0-9]+)@'), 9, '0'), ?, c.id, '{}'::jsonb,
				    '[]'::jsonb, ?, now()
				from c
				returning id, reference""", from, to, vacancyId, status);
	}

	private long nextSeed() {
		return jdbc.queryForObject(
				"select coalesce(max(substring(reference from 3)::bigint), 0) + 1 from application where reference like 'SD%'",
				Long.class);
	}

}
