package org.hireflow.application;

import java.util.List;
import java.util.Optional;

import org.hireflow.diversity.Gender;
import org.hireflow.platform.domain.OfficialLanguage;

/**
 * One application as submitted: who (email, the profile this submission states), the
 * language to write to, and the answers to the vacancy's questions; apart from all of it,
 * what the candidate chose to say about themselves for diversity reporting (absent: not
 * answered).
 */
public record Submission(String email, OfficialLanguage correspondenceLanguage, CandidateProfile profile,
		List<Answer> answers, Optional<Gender> gender) {

	public Submission(String email, OfficialLanguage correspondenceLanguage, CandidateProfile profile,
			List<Answer> answers) {
		this(email, correspondenceLanguage, profile, answers, Optional.empty());
	}

}
