package org.hireflow.taskforms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a task form shows ({@code cv}: the candidate's CV can be opened from this task).
 * Sections are present only for the tasks that need them; the candidate's identity only
 * where the stage allows it (never in blind screening).
 */
public record TaskContext(String taskKey, String stage, String application, String vacancy, String vacancyTitle,
		boolean blind, String candidateName, Submission submission, Integer passMark, List<Criterion> criteria,
		Panel panel, Offer offer, PanelMakeUp panelMakeUp, boolean cv) {

	/**
	 * For HR completing a candidate's panel after declared conflicts: the members who
	 * evaluate, those who declared a conflict, the chair for this candidate (null when
	 * one is to be named) and how many members are missing.
	 */
	public record PanelMakeUp(List<String> evaluators, List<String> conflicted, String chair, int membersMissing) {
	}

	/**
	 * What HR needs to approve an offer or record a clearance: the notice's grade, the
	 * chair's decision and its reason, whether the post came from the reserve list (where
	 * the candidate was first when it came free), and the terms once approved.
	 */
	public record Offer(String vacancyGrade, String decision, String decisionReason, boolean fromReserveList,
			String grade, Integer step, LocalDate startDate) {
	}

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
