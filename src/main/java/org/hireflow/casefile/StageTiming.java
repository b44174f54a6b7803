package org.hireflow.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hireflow.application.ApplicationEvent;

/**
 * How long the application spent in each status, read from its audit trail (its notes
 * change no status).
 */
record StageTiming(String status, Instant enteredAt, Instant leftAt, Duration duration) {

	static List<StageTiming> of(List<ApplicationEvent> events, Instant now) {
		List<ApplicationEvent> trail = events.stream().filter(event -> !event.isNote()).toList();
		List<StageTiming> stages = new ArrayList<>();
		for (int i = 0; i < trail.size(); i++) {
			ApplicationEvent event = trail.get(i);
			Instant left = i + 1 < trail.size() ? trail.get(i + 1).getOccurredAt() : null;
			boolean last = left == null;
			Duration spent = Duration.between(event.getOccurredAt(),
					last ? (event.getToStatus().isFinal() ? event.getOccurredAt() : now) : left);
			stages.add(new StageTiming(event.getToStatus().name(), event.getOccurredAt(), left, spent));
		}
		return stages;
	}

}
