package org.hireflow.vacancy;

import java.time.ZoneId;

/**
 * What an event about a vacancy's candidates says of the vacancy: enough to write to them
 * without a lookup.
 */
public record VacancyFacts(long id, String reference, String title, ZoneId timeZone) {
}
