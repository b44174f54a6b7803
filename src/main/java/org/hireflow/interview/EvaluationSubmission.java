package org.hireflow.interview;

import java.util.Map;

/**
 * What a panel member submits: a score 1–5 for each criterion, a recommendation and a
 * comment.
 */
public record EvaluationSubmission(Map<String, Integer> scores, PanelEvaluation.Recommendation recommendation,
		String comment) {
}
