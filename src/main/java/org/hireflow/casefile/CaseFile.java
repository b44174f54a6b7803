package org.hireflow.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hireflow.application.Answer;
import org.hireflow.application.CandidateProfile;

import io.swagger.v3.oas.annotations.media.Schema;

/** One application's whole story. Sections are absent until the stage has happened. */
record CaseFile(String reference, String vacancy, String vacancyTitle, String status, String outcomeReason,
		Instant submittedAt, String processInstanceId, Candidate candidate, CandidateProfile profile,
		List<Answer> answers, boolean blind, List<StageTiming> stages, List<Event> history, Screening screening,
		Assessment assessment, Interview interview, List<Evaluation> evaluations, Calibration calibration,
		Decision decision, ReservePlace reservePlace, Offer offer, List<Clearance> clearances, List<CvOpened> cvOpened,
		PanelMakeUp panel) {

	/**
	 * The conflicts of interest declared for this candidate and what followed: who
	 * evaluates and chairs for this candidate, whom HR appointed. Never shown to the
	 * candidate.
	 */
	@Schema(name = "CaseFilePanelMakeUp")
	record PanelMakeUp(List<Declaration> declarations, List<Appointment> appointments, List<String> evaluators,
			String chair) {
	}

	/**
	 * @param followed {@code EVALUATES}, {@code OFF_THIS_EVALUATION}, or
	 * {@code OFF_THIS_EVALUATION_AND_CHAIR} (the notice's chair declared the conflict)
	 */
	record Declaration(String member, boolean conflict, String relationship, String details, Instant declaredAt,
			String followed) {
	}

	record Appointment(String member, String chair, String appointedBy, Instant appointedAt) {
	}

	/** Who opened the candidate's CV, from which task, when. */
	record CvOpened(String by, String task, Instant at) {
	}

	record Candidate(String email, String correspondenceLanguage) {
	}

	record Event(Instant at, String actor, String from, String to, String outcome, String reason) {
	}

	record Screening(String outcome, String reason, String by, Instant at) {
	}

	record Assessment(String kind, int score, int passMark, boolean passed, String by, Instant at) {
	}

	record Interview(String status, String startsAt, int durationMinutes, String location, String videoLink,
			List<String> panel, String chair, int sequence) {
	}

	record Evaluation(String panelMember, Map<String, Integer> scores, String recommendation, String comment,
			Instant at) {
	}

	record Calibration(List<String> divergentCriteria, String justification, String by, Instant at) {
	}

	record Decision(String outcome, String reason, BigDecimal aggregateScore, String by, Instant at) {
	}

	record ReservePlace(String status, BigDecimal aggregateScore, Integer chairsRank, Instant expiresAt) {
	}

	@Schema(name = "CaseFileOffer")
	record Offer(String status, String grade, int step, LocalDate startDate, Instant sentAt, Instant expiresAt,
			Instant answeredAt, List<StartDateMove> startDateMoves) {
	}

	/** HR moved the offer's start date: from, to, why, who, when. */
	record StartDateMove(LocalDate from, LocalDate to, String reason, String by, Instant at) {
	}

	record Clearance(String kind, boolean cleared, String reason, String by, Instant at) {
	}

}
