package org.hireflow.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hireflow.platform.text.Messages;
import org.hireflow.vacancy.Question;

/**
 * Answers are what the competition evaluates: every question answered once, within its
 * length, and with an answer of its own — "see CV" is not an answer. Each refusal is in
 * the caller's language (keys {@code hireflow.answer.*} of the validation bundle).
 */
final class AnswerRules {

	private static final Pattern SEE_CV = Pattern.compile(
			"(?iu)^\\W*(please\\s+)?(see|refer\\s+to|voir|cf\\.?)\\s+(my\\s+|the\\s+|attached\\s+|mon\\s+|le\\s+)?(cv|c\\.v\\.|resume|résumé)\\W*$");

	private AnswerRules() {
	}

	static List<Map<String, Object>> check(List<Question> questions, List<Answer> answers) {
		List<Map<String, Object>> errors = new ArrayList<>();
		Map<String, Answer> byCode = new HashMap<>();
		for (Answer answer : answers) {
			if (byCode.put(answer.questionCode(), answer) != null) {
				errors.add(error(answer.questionCode(),
						Messages.text("hireflow.answer.twice", "answered more than once")));
			}
		}
		for (Question question : questions) {
			Answer answer = byCode.remove(question.code());
			if (answer == null || answer.text() == null || answer.text().isBlank()) {
				errors.add(error(question.code(), Messages.text("hireflow.answer.missing", "must be answered")));
			}
			else if (answer.text().length() > question.maxLength()) {
				errors.add(error(question.code(), Messages.text("hireflow.answer.too-long",
						"must be at most {0,number,#} characters", question.maxLength())));
			}
			else if (SEE_CV.matcher(answer.text()).matches()) {
				errors.add(error(question.code(),
						Messages.text("hireflow.answer.see-cv", "must be answered here; “see CV” is not an answer")));
			}
		}
		byCode.keySet()
			.forEach(code -> errors.add(error(code,
					Messages.text("hireflow.answer.unknown-question", "is not a question of this vacancy"))));
		return errors;
	}

	private static Map<String, Object> error(String code, String message) {
		return Map.of("field", "answers[" + code + "]", "message", message);
	}

}
