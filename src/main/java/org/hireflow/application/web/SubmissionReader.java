package org.hireflow.application.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hireflow.application.Answer;
import org.hireflow.application.CandidateProfile;
import org.hireflow.application.Submission;
import org.hireflow.diversity.Gender;
import org.hireflow.platform.domain.IsoCodes;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.platform.text.Messages;
import org.hireflow.platform.web.JsonProblems;
import org.hireflow.platform.web.Problem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Turns the submitted JSON (read as sent, so a retry can be recognised byte for byte)
 * into a validated {@link Submission}, or a problem listing every invalid field.
 */
@Component
class SubmissionReader {

	private final ObjectMapper json;

	private final Validator validator;

	private final Clock clock;

	SubmissionReader(ObjectMapper json, Validator validator, Clock clock) {
		this.json = json;
		this.validator = validator;
		this.clock = clock;
	}

	Submission read(String body) {
		if (body == null || body.isBlank()) {
			throw JsonProblems.malformed();
		}
		ApplicationRequest request;
		try {
			request = json.readValue(body, ApplicationRequest.class);
		}
		catch (JsonProcessingException ex) {
			throw JsonProblems.of(ex);
		}
		if (request == null) {
			throw JsonProblems.malformed();
		}
		List<Map<String, Object>> errors = new ArrayList<>();
		for (ConstraintViolation<ApplicationRequest> violation : validator.validate(request)) {
			errors.add(Map.of("field", violation.getPropertyPath().toString(), "message", violation.getMessage()));
		}
		if (errors.isEmpty()) {
			checkFacts(request, errors);
		}
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "validation-failed",
					Messages.text("problem.validation-failed", "Validation failed"), Messages
						.text("problem.validation-failed.fields", "{0,number,#} field(s) are invalid.", errors.size()),
					Map.of("errors", errors));
		}
		return toSubmission(request);
	}

	private void checkFacts(ApplicationRequest r, List<Map<String, Object>> errors) {
		LocalDate today = LocalDate.now(clock);
		if (r.dateOfBirth().isAfter(today.minusYears(16)) || r.dateOfBirth().isBefore(today.minusYears(100))) {
			errors.add(Map.of("field", "dateOfBirth", "message",
					Messages.text("hireflow.validation.date-of-birth", "is not a plausible date of birth")));
		}
		r.nationalities()
			.stream()
			.filter(code -> !IsoCodes.isCountry(code))
			.forEach(code -> errors.add(Map.of("field", "nationalities", "message",
					Messages.text("hireflow.validation.not-a-country", "{0} is not an ISO country", code))));
		if (!r.nationalities().contains(r.appliedNationality())) {
			errors.add(Map.of("field", "appliedNationality", "message", Messages
				.text("hireflow.validation.applied-nationality", "must be one of the nationalities given")));
		}
		Set<String> seen = new LinkedHashSet<>();
		for (ApplicationRequest.LanguageSkill skill : r.languages()) {
			if (!IsoCodes.isLanguage(skill.language())) {
				errors.add(Map.of("field", "languages", "message", Messages.text("hireflow.validation.not-a-language",
						"{0} is not an ISO language", skill.language())));
			}
			if (!seen.add(skill.language())) {
				errors.add(Map.of("field", "languages", "message",
						Messages.text("hireflow.validation.language-twice", "{0} is listed twice", skill.language())));
			}
		}
	}

	private static Submission toSubmission(ApplicationRequest r) {
		Map<String, Integer> languages = new HashMap<>();
		r.languages().forEach(skill -> languages.put(skill.language(), skill.level()));
		CandidateProfile profile = new CandidateProfile(r.givenName().strip(), r.familyName().strip(), r.dateOfBirth(),
				new LinkedHashSet<>(r.nationalities()), r.appliedNationality(), languages, r.highestDegree(),
				r.yearsOfExperience(),
				new CandidateProfile.Declarations(r.declarations().militaryServiceObligationsMet(),
						r.declarations().closelyRelatedToStaffMember()));
		List<Answer> answers = r.answers().stream().map(a -> new Answer(a.questionCode(), a.text().strip())).toList();
		Optional<Gender> gender = Optional.ofNullable(r.selfIdentification())
			.map(ApplicationRequest.SelfIdentification::gender);
		return new Submission(r.email(), OfficialLanguage.ofCode(r.correspondenceLanguage()), profile, answers, gender);
	}

}
