package org.hireflow.application;

import org.hireflow.platform.domain.OfficialLanguage;

/**
 * Whom an event about an application concerns: the address and name to write to, and in
 * which language.
 */
public record CandidateFacts(String email, String name, OfficialLanguage language) {
}
