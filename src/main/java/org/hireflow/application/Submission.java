package org.hireflow.application;

import java.util.List;

import org.hireflow.platform.domain.OfficialLanguage;

/**
 * One application as submitted: who (email, the profile this submission states), the
 * language to write to, and the answers to the vacancy's questions.
 */
public record Submission(String email, OfficialLanguage correspondenceLanguage, CandidateProfile profile,
		List<Answer> answers) {
}
