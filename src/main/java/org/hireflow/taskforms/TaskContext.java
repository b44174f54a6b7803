package org.hireflow.taskforms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a task form shows. Sections are present only for the tasks that need them; the
 * candidate's identity only where the stage allows it (never in blind screening).
 */
public record TaskContext(String taskKey, String application, String vacancy, String vacancyTitle, boolean blind,
		String candidateName, Submission submission, List<Criterion> criteria, Panel panel) {

	public record Submission(List<QuestionAnswer> answers, Map<String, Integer> languages, String highestDegree,
			int yearsOfExperience) {
	}

	public record QuestionAnswer(String question, String answer) {
	}

	public record Criterion(String code, String name, String rubric) {
	}

	public record Panel(List<CriterionScores> scores, BigDecimal aggregate, Map<String, Long> recommendations,
			boolean calibrationFlagged, List<String> divergentCriteria, String justification, int evaluations) {
	}

	/**
	 * @param criterion the criterion's code (the calibration's divergent criteria name
	 * it)
	 * @param name what the panel calls it
	 */
	public record CriterionScores(String criterion, String name, double mean, int min, int max) {
	}

}
