package org.hireflow.candidate;

import java.util.Locale;

/**
 * Someone asked for the links to the application pages of this address (sent only to that
 * address).
 */
public record StatusLinksRequested(String email, Locale locale, String idempotencyKey) {
}
