package org.hireflow.vacancy;

/**
 * A vacancy was cancelled; every running application of it ends with the outcome "vacancy
 * cancelled".
 */
public record VacancyCancelled(long vacancyId, String reference, String reason, String actor) {
}
