package org.hireflow.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A node that dies between a commit and its after-commit work (composing the email an
 * application's receipt promises) leaves the publication incomplete, and only that node's
 * next start-up would resubmit it — with several nodes, perhaps never (TwoNodesFaults
 * found 28 acknowledgements missing). So every node resubmits, every minute, what has
 * been incomplete for longer than {@code hireflow.events.resubmit-after} (2 minutes: far
 * longer than composing takes). The listeners are idempotent (the outbox's idempotency
 * key), so two nodes resubmitting the same publication send nothing twice; one whose
 * listener keeps failing stays visible ({@code hireflow.events.incomplete},
 * {@code /api/event-publications}).
 */
@Component
class StaleEventPublications {

	private static final Logger log = LoggerFactory.getLogger(StaleEventPublications.class);

	private final IncompleteEventPublications incomplete;

	private final boolean enabled;

	private final Duration after;

	StaleEventPublications(IncompleteEventPublications incomplete,
			@Value("${hireflow.events.resubmission-enabled:true}") boolean enabled,
			@Value("${hireflow.events.resubmit-after:PT2M}") Duration after) {
		this.incomplete = incomplete;
		this.enabled = enabled;
		this.after = after;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void onSchedule() {
		if (enabled) {
			resubmitOlderThan(after);
		}
	}

	void resubmitOlderThan(Duration age) {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(age);
		}
		catch (RuntimeException ex) {
			// the next round tries again; a listener that keeps failing shows in the
			// metric
			log.warn("Resubmitting stale event publications failed: {}", ex.toString());
		}
	}

}
