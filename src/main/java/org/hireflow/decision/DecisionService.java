package org.hireflow.decision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hireflow.application.ApplicationService;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.ApplicationStatusChanged;
import org.hireflow.application.Outcome;
import org.hireflow.interview.InterviewService;
import org.hireflow.platform.PipelineSettings;
import org.hireflow.platform.domain.Actor;
import org.hireflow.platform.domain.RuleViolated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision on each candidate, and each vacancy's reserve list. */
@Service("candidateDecisionService") // "decisionService" is the engine's DMN service
public class DecisionService {

	private final Decisions decisions;

	private final ReserveList reserveList;

	private final InterviewService interviews;

	private final ApplicationService applications;

	private final PipelineSettings settings;

	private final Clock clock;

	DecisionService(Decisions decisions, ReserveList reserveList, InterviewService interviews,
			ApplicationService applications, PipelineSettings settings, Clock clock) {
		this.decisions = decisions;
		this.reserveList = reserveList;
		this.interviews = interviews;
		this.applications = applications;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Every decision has a reason; divergent panel scores must have been justified first.
	 */
	@Transactional(readOnly = true)
	public void check(long applicationId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolated("rule.decision-reason", "A decision needs a reason.");
		}
		interviews.calibration(applicationId).ifPresent(calibration -> {
			if (!calibration.isJustified()) {
				throw new RuleViolated("rule.justify-divergent",
						"The divergent scores ({0}) must be justified before deciding.",
						String.join(", ", calibration.getDivergentCriteria()));
			}
		});
	}

	@Transactional
	public Decision decide(long applicationId, Decision.Outcome outcome, String reason, String chair) {
		check(applicationId, reason);
		Instant now = clock.instant();
		BigDecimal aggregate = interviews.aggregateScore(applicationId);
		Decision decision = decisions.save(new Decision(applicationId, outcome, reason.strip(), aggregate, chair, now));
		switch (outcome) {
			case SELECT -> applications.transition(applicationId, Outcome.SELECTED, chair, reason);
			case RESERVE -> {
				long vacancyId = applications.get(applicationId).getVacancyId();
				Instant expires = now.atZone(ZoneOffset.UTC).plus(settings.reserveListValidity()).toInstant();
				reserveList.save(new ReserveListEntry(applicationId, vacancyId, aggregate, now, expires));
				applications.transition(applicationId, Outcome.PLACED_ON_RESERVE_LIST, chair, reason);
			}
			case REJECT -> applications.transition(applicationId, Outcome.NOT_SELECTED, chair, reason);
		}
		return decision;
	}

	/**
	 * Offers the post to the best-ranked candidate waiting on the vacancy's reserve list.
	 * @return that candidate's application reference, or empty when nobody is waiting
	 */
	@Transactional
	public Optional<String> promoteNext(long vacancyId) {
		List<ReserveListEntry> waiting = reserveList.waiting(vacancyId);
		if (waiting.isEmpty()) {
			return Optional.empty();
		}
		ReserveListEntry next = waiting.get(0);
		next.offered();
		applications.transition(next.getApplicationId(), Outcome.OFFERED_FROM_RESERVE_LIST, Actor.SYSTEM, null);
		return Optional.of(applications.get(next.getApplicationId()).getReference());
	}

	/** The reserve-list period ended without an offer. */
	@Transactional
	public void expire(long applicationId) {
		reserveList.findById(applicationId).ifPresent(ReserveListEntry::expired);
		applications.transition(applicationId, Outcome.RESERVE_PERIOD_ENDED, Actor.SYSTEM, null);
	}

	/**
	 * The chair moves a candidate to {@code position} (1 = first) on the reserve list,
	 * with a recorded reason.
	 */
	@Transactional
	public List<ReserveListEntry> reorder(long vacancyId, long applicationId, int position, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolated("rule.reorder-reason", "Reordering the reserve list needs a reason.");
		}
		List<ReserveListEntry> ranked = new ArrayList<>(reserveList.waiting(vacancyId));
		ReserveListEntry moved = ranked.stream()
			.filter(entry -> entry.getApplicationId() == applicationId)
			.findFirst()
			.orElseThrow(() -> new RuleViolated("rule.not-on-reserve-list",
					"That application is not waiting on this reserve list."));
		if (position < 1 || position > ranked.size()) {
			throw new RuleViolated("rule.position", "Position must be from 1 to {0,number,#}.", ranked.size());
		}
		ranked.remove(moved);
		ranked.add(position - 1, moved);
		for (int i = 0; i < ranked.size(); i++) {
			ranked.get(i).rank(i + 1, ranked.get(i) == moved ? reason.strip() : null);
		}
		return ranked;
	}

	@Transactional(readOnly = true)
	public List<ReserveListEntry> ranked(long vacancyId) {
		return reserveList.waiting(vacancyId);
	}

	@Transactional(readOnly = true)
	public Optional<Decision> of(long applicationId) {
		return decisions.findById(applicationId);
	}

	@Transactional(readOnly = true)
	public Optional<ReserveListEntry> reservePlace(long applicationId) {
		return reserveList.findById(applicationId);
	}

	/**
	 * A candidate who withdrew (or whose vacancy was cancelled) leaves the reserve list.
	 */
	@EventListener
	void on(ApplicationStatusChanged changed) {
		if (changed.to().isFinal()) {
			reserveList.findById(changed.applicationId()).ifPresent(ReserveListEntry::removed);
		}
	}

}
