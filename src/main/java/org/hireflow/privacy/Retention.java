package org.hireflow.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hireflow.application.ApplicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/**
 * The retention job: anonymises every ended application whose vacancy closed, and which
 * ended, longer ago than {@code hireflow.retention.after} — an unsuccessful candidate's,
 * a reserve candidate's once the reserve period ended, a hired candidate's once the
 * appointment was handed to personnel records — then each candidate left with no personal
 * data elsewhere. Each application in its own transaction: a run stopped half way leaves
 * what it did done, and the next run takes the rest. Progress is written to
 * {@code retention_run} as it goes.
 */
@Service
public class Retention {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private static final String DUE = """
			select a.id, a.reference, a.candidate_id from application a join vacancy v on v.id = a.vacancy_id
			where a.erased_at is null and a.status in (:finals) and v.closing_at < :cutoff
			  and coalesce((select max(e.occurred_at) from application_event e where e.application_id = a.id),
			               a.submitted_at) < :cutoff
			order by a.id""";

	record Due(long id, String reference, long candidateId) {
	}

	/** One run: how far it got. */
	public record Run(long id, Instant startedAt, Instant finishedAt, String startedBy, Instant cutoff, int due,
			int anonymised, int failed, String status) {
	}

	private final JdbcClient jdbc;

	private final Erasure erasure;

	private final RetentionSettings settings;

	private final Clock clock;

	private final ExecutorService background = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "retention");
		thread.setDaemon(true);
		return thread;
	});

	Retention(JdbcClient jdbc, Erasure erasure, RetentionSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.erasure = erasure;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${hireflow.retention.cron:0 30 2 * * *}")
	void nightly() {
		if (settings.enabled()) {
			run(start("retention-job"));
		}
	}

	/** Records a new run, for {@link #run} to carry out. */
	public Run start(String actor) {
		Instant now = clock.instant();
		Instant cutoff = now.atZone(ZoneOffset.UTC).minus(settings.after()).toInstant();
		long id = jdbc.sql("""
				insert into retention_run (started_at, started_by, cutoff, status) values (?, ?, ?, 'RUNNING')
				returning id""").params(Timestamp.from(now), actor, Timestamp.from(cutoff)).query(Long.class).single();
		return find(id).orElseThrow();
	}

	/**
	 * Carries out a run recorded by {@link #start} on this node's one retention thread.
	 */
	public void runInBackground(Run run) {
		background.execute(() -> run(run));
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

	/** Carries out a run recorded by {@link #start}; returns it as it ended. */
	public Run run(Run run) {
		List<Due> due = jdbc.sql(DUE)
			.param("finals", ApplicationStatus.finals().stream().map(Enum::name).toList())
			.param("cutoff", Timestamp.from(run.cutoff()))
			.query(Due.class)
			.list();
		progress(run.id(), due.size(), 0, 0);
		int anonymised = 0;
		int failed = 0;
		Set<Long> candidates = new LinkedHashSet<>();
		for (Due application : due) {
			try {
				if (erasure.eraseApplication(application.id(), application.reference(), Erasure.Reason.RETENTION,
						run.startedBy())) {
					anonymised++;
				}
				candidates.add(application.candidateId());
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Retention run {}: application {} not anonymised: {}", run.id(), application.reference(),
						ex.toString());
			}
			if ((anonymised + failed) % 50 == 0) {
				progress(run.id(), due.size(), anonymised, failed);
			}
		}
		candidates.forEach(erasure::eraseCandidateRecord);
		jdbc.sql("""
				update retention_run set due = ?, anonymised = ?, failed = ?, finished_at = ?, status = 'FINISHED'
				where id = ?""")
			.params(due.size(), anonymised, failed, Timestamp.from(clock.instant()), run.id())
			.update();
		log.info("Retention run {}: {} due, {} anonymised, {} failed (cutoff {})", run.id(), due.size(), anonymised,
				failed, run.cutoff());
		return find(run.id()).orElseThrow();
	}

	public Optional<Run> find(long id) {
		return jdbc.sql("select * from retention_run where id = ?").param(id).query(Retention::run).optional();
	}

	/** The last twenty runs, newest first. */
	public List<Run> recent() {
		return jdbc.sql("select * from retention_run order by id desc limit 20").query(Retention::run).list();
	}

	private static Run run(ResultSet row, int n) throws SQLException {
		Timestamp finished = row.getTimestamp("finished_at");
		return new Run(row.getLong("id"), row.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant(), row.getString("started_by"),
				row.getTimestamp("cutoff").toInstant(), row.getInt("due"), row.getInt("anonymised"),
				row.getInt("failed"), row.getString("status"));
	}

	private void progress(long id, int due, int anonymised, int failed) {
		jdbc.sql("update retention_run set due = ?, anonymised = ?, failed = ? where id = ?")
			.params(due, anonymised, failed, id)
			.update();
	}

}
