package org.hireflow.vacancy;

import jakarta.persistence.Embeddable;

/**
 * A competency of the post that the panel scores 1–5, with the rubric shown beside the
 * score.
 */
@Embeddable
public record Competency(String code, String name, String rubric) {
}
