package org.hireflow.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.hireflow.application.ApplicationStatus;
import org.hireflow.diversity.Gender;
import org.hireflow.memberstate.MemberState;
import org.hireflow.memberstate.MemberStateService;
import org.hireflow.vacancy.VacancyService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pipeline report, computed by the database: three aggregate queries over reporting's
 * own records, whatever the number of applications.
 */
@Service
public class Reports {

	/**
	 * People at each milestone by gender and nationality ({@code STAGES}, {@code SCOPE}).
	 */
	private static final String COUNTS = """
			select s.stage, coalesce(c.gender, 'NOT_ANSWERED') as gender, c.nationality, count(*) as people
			from report_stage s join report_case c on c.id = s.case_id
			where s.stage in (STAGES) and SCOPE
			group by s.stage, c.gender, c.nationality""";

	private static final String TIME_IN_STAGE = """
			select s.stage, count(*) as cases,
			  percentile_cont(0.5) within group (order by extract(epoch from s.left_at - s.entered_at)) as median,
			  percentile_cont(0.9) within group (order by extract(epoch from s.left_at - s.entered_at)) as p90
			from report_stage s join report_case c on c.id = s.case_id
			where s.left_at is not null and SCOPE
			group by s.stage""";

	private static final String TIME_TO_HIRE = """
			select count(*) as cases,
			  percentile_cont(0.5) within group (order by extract(epoch from s.entered_at - c.applied_at)) as median,
			  percentile_cont(0.9) within group (order by extract(epoch from s.entered_at - c.applied_at)) as p90
			from report_stage s join report_case c on c.id = s.case_id
			where s.stage = 'HIRED' and SCOPE""";

	/** The gender table's rows: the choices, and no answer at all. */
	static final String NOT_ANSWERED = "NOT_ANSWERED";

	private final JdbcClient jdbc;

	private final VacancyService vacancies;

	private final MemberStateService memberStates;

	Reports(JdbcClient jdbc, VacancyService vacancies, MemberStateService memberStates) {
		this.jdbc = jdbc;
		this.vacancies = vacancies;
		this.memberStates = memberStates;
	}

	/**
	 * @param vacancyReference {@code null}: every vacancy
	 * @param from {@code null}: since the first application
	 * @param to exclusive; {@code null}: until now
	 */
	@Transactional(readOnly = true)
	public PipelineReport pipeline(String vacancyReference, LocalDate from, LocalDate to) {
		if (from != null && to != null && !from.isBefore(to)) {
			throw new ReportScopeInvalid(from, to);
		}
		Scope scope = new Scope(vacancyReference == null ? null : vacancies.get(vacancyReference).getId(), from, to);
		Map<Milestone, Map<String, Long>> byGender = new LinkedHashMap<>();
		Map<Milestone, Map<String, Long>> byNationality = new LinkedHashMap<>();
		Map<Milestone, Long> funnel = new LinkedHashMap<>();
		for (Milestone milestone : Milestone.values()) {
			byGender.put(milestone, new LinkedHashMap<>());
			byNationality.put(milestone, new LinkedHashMap<>());
			funnel.put(milestone, 0L);
		}
		Map<String, Milestone> milestoneOf = Arrays.stream(Milestone.values())
			.collect(Collectors.toMap(m -> m.entered().name(), m -> m));
		scope
			.query(jdbc, COUNTS
				.replace("STAGES",
						milestoneOf.keySet().stream().map(stage -> "'" + stage + "'").collect(Collectors.joining(", ")))
				.replace("SCOPE", scope.where()))
			.query(row -> {
				Milestone milestone = milestoneOf.get(row.getString("stage"));
				long people = row.getLong("people");
				funnel.merge(milestone, people, Long::sum);
				byGender.get(milestone).merge(row.getString("gender"), people, Long::sum);
				byNationality.get(milestone).merge(row.getString("nationality"), people, Long::sum);
			});

		List<String> genders = new ArrayList<>(Arrays.stream(Gender.values()).map(Gender::name).toList());
		genders.add(NOT_ANSWERED);
		// every member state is a row, so that a row's presence says nothing
		List<MemberState> states = memberStates.all();
		TreeSet<String> nationalities = new TreeSet<>(states.stream().map(MemberState::getCode).toList());
		byNationality.values().forEach(counts -> nationalities.addAll(counts.keySet()));
		List<String> flagged = states.stream()
			.filter(MemberState::isUnderRepresented)
			.map(MemberState::getCode)
			.toList();

		return new PipelineReport(new PipelineReport.Scope(vacancyReference, from, to), funnel(funnel),
				timeInStage(scope), timeToHire(scope), representation(genders, byGender, List.of()),
				representation(List.copyOf(nationalities), byNationality, flagged));
	}

	private static List<PipelineReport.FunnelStep> funnel(Map<Milestone, Long> people) {
		List<PipelineReport.FunnelStep> steps = new ArrayList<>();
		Long previous = null;
		for (Map.Entry<Milestone, Long> step : people.entrySet()) {
			Double conversion = previous == null || previous == 0 ? null
					: Math.round(1000.0 * step.getValue() / previous) / 10.0;
			steps.add(new PipelineReport.FunnelStep(step.getKey(), step.getValue(), conversion));
			// the reserve list is a side branch: offers follow the interview, not the
			// list
			if (step.getKey() != Milestone.RESERVE_LIST) {
				previous = step.getValue();
			}
		}
		return steps;
	}

	private List<PipelineReport.Duration> timeInStage(Scope scope) {
		return scope.query(jdbc, TIME_IN_STAGE.replace("SCOPE", scope.where()))
			.query((row, n) -> new PipelineReport.Duration(row.getString("stage"), row.getLong("cases"),
					days(row.getDouble("median")), days(row.getDouble("p90"))))
			.list()
			.stream()
			.sorted((a, b) -> Integer.compare(stageOrder(a.stage()), stageOrder(b.stage())))
			.toList();
	}

	private PipelineReport.Duration timeToHire(Scope scope) {
		return scope.query(jdbc, TIME_TO_HIRE.replace("SCOPE", scope.where()))
			.query((row, n) -> new PipelineReport.Duration("HIRED", row.getLong("cases"),
					row.getObject("median") == null ? null : days(row.getDouble("median")),
					row.getObject("p90") == null ? null : days(row.getDouble("p90"))))
			.single();
	}

	private static PipelineReport.Representation representation(List<String> categories,
			Map<Milestone, Map<String, Long>> counts, List<String> flagged) {
		List<Milestone> milestones = List.copyOf(counts.keySet());
		long[][] table = new long[categories.size()][milestones.size()];
		for (int r = 0; r < categories.size(); r++) {
			for (int c = 0; c < milestones.size(); c++) {
				table[r][c] = counts.get(milestones.get(c)).getOrDefault(categories.get(r), 0L);
			}
		}
		boolean[][] hidden = SmallCellSuppression.of(table);
		List<PipelineReport.Representation.Row> rows = new ArrayList<>();
		for (int r = 0; r < categories.size(); r++) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < milestones.size(); c++) {
				cells.add(hidden[r][c] ? "<" + SmallCellSuppression.THRESHOLD : Long.toString(table[r][c]));
			}
			rows.add(new PipelineReport.Representation.Row(categories.get(r), cells));
		}
		return new PipelineReport.Representation(milestones, rows, flagged);
	}

	private static Double days(double seconds) {
		return Math.round(seconds / 8640.0) / 10.0;
	}

	private static int stageOrder(String stage) {
		return ApplicationStatus.valueOf(stage).ordinal();
	}

	/** The report's restriction, as SQL over {@code report_case c}. */
	private record Scope(Long vacancyId, LocalDate from, LocalDate to) {

		String where() {
			List<String> conditions = new ArrayList<>(List.of("true"));
			if (vacancyId != null) {
				conditions.add("c.vacancy_id = :vacancy");
			}
			if (from != null) {
				conditions.add("c.applied_at >= :from");
			}
			if (to != null) {
				conditions.add("c.applied_at < :to");
			}
			return String.join(" and ", conditions);
		}

		JdbcClient.StatementSpec query(JdbcClient jdbc, String sql) {
			JdbcClient.StatementSpec statement = jdbc.sql(sql);
			if (vacancyId != null) {
				statement = statement.param("vacancy", vacancyId);
			}
			if (from != null) {
				statement = statement.param("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			if (to != null) {
				statement = statement.param("to", Timestamp.from(to.atStartOfDay(ZoneOffset.UTC).toInstant()));
			}
			return statement;
		}

	}

}
