package org.hireflow.offer;

import java.time.LocalDate;

/** What HR approves: the grade (e.g. A.2), the step within it, and the start date. */
public record OfferTerms(String grade, int step, LocalDate startDate) {
}
