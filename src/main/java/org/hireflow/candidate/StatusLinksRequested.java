package org.hireflow.candidate;

import java.util.Locale;

/**
 * Someone asked for the links to the application pages of this address (sent only to that
 * address, in the candidate's correspondence language).
 *
 * @param locale the language of the page the request came from: kept for the record (and
 * for publications already stored), never the language of the email
 */
public record StatusLinksRequested(String email, Locale locale, String idempotencyKey) {
}
