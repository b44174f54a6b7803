package org.hireflow.platform.process;

import java.util.List;

/**
 * The names the BPMN models and the Java glue share: process keys, variables, messages,
 * errors and the ids of the user tasks code refers to. One place, so that a rename in a
 * model is a rename here.
 */
public final class ProcessIds {

	// ---- processes and decisions
	public static final String APPLICATION_PROCESS = "application";

	public static final String VACANCY_PROCESS = "vacancy";

	/** Called by the application process; same business key. */
	public static final String INTERVIEW_PROCESS = "interview";

	public static final String OFFER_PROCESS = "offer";

	public static final String CLEARANCES_PROCESS = "clearances";

	/** Every process with user tasks: what staff groups may work on. */
	public static final List<String> PROCESSES_WITH_TASKS = List.of(VACANCY_PROCESS, APPLICATION_PROCESS,
			INTERVIEW_PROCESS, OFFER_PROCESS, CLEARANCES_PROCESS);

	public static final String ELIGIBILITY_DECISION = "eligibility";

	// ---- variables: references and decisions only, never personal data
	public static final String VAR_APPLICATION_ID = "applicationId";

	public static final String VAR_VACANCY_ID = "vacancyId";

	/** The vacancy's title, for the task list's lines (not personal data). */
	public static final String VAR_VACANCY_TITLE = "vacancyTitle";

	public static final String VAR_HIRING_MANAGER = "hiringManager";

	public static final String VAR_CLOSING_AT = "closingAt";

	public static final String VAR_APPROVED = "approved";

	public static final String VAR_ALREADY_FILLED = "alreadyFilled";

	public static final String VAR_READVERTISE = "readvertise";

	public static final String VAR_CANCELLATION_REASON = "cancellationReason";

	public static final String VAR_ACTOR = "actor";

	public static final String VAR_ELIGIBLE = "eligible";

	public static final String VAR_ELIGIBILITY_RESULT = "eligibilityResult";

	public static final String VAR_SHORTLISTED = "shortlisted";

	public static final String VAR_ASSESSMENT_PASSED = "assessmentPassed";

	public static final String VAR_INTERVIEW_AT = "interviewAt";

	public static final String VAR_PANEL = "panel";

	public static final String VAR_PANEL_CHAIR = "panelChair";

	/** The panel members who have still to declare conflicts of interest (user ids). */
	public static final String VAR_DECLARANTS = "declarants";

	/**
	 * Everyone declared, and the candidate's panel has its minimum and a chair.
	 */
	public static final String VAR_PANEL_COMPLETE = "panelComplete";

	public static final String VAR_CALIBRATION_NEEDED = "calibrationNeeded";

	public static final String VAR_DECISION = "decision";

	public static final String VAR_OFFER_EXPIRES_AT = "offerExpiresAt";

	public static final String VAR_OFFER_ACCEPTED = "offerAccepted";

	/** A clearance's result, for the gateway that waits for both. */
	public static final String VAR_SECURITY_CLEARED = "securityCleared";

	public static final String VAR_MEDICAL_CLEARED = "medicalCleared";

	/**
	 * When both clearances are due (before the offer's start date): the tasks' due date
	 * and the escalation timers'.
	 */
	public static final String VAR_CLEARANCES_DUE = "clearancesDue";

	/** Which task a reminder timer is about: the input of the escalation step. */
	public static final String VAR_OVERDUE_TASK = "overdueTask";

	/**
	 * How an offer ended (an {@code Outcome} name), the input of the "end offer" step.
	 */
	public static final String VAR_OFFER_OUTCOME = "offerOutcome";

	public static final String VAR_RESERVE_EXPIRES_AT = "reserveExpiresAt";

	public static final String VAR_POST_RELEASED = "postReleased";

	// ---- messages
	public static final String MSG_CLOSING_DATE_CHANGED = "Message_ClosingDateChanged";

	public static final String MSG_VACANCY_CANCELLED = "Message_VacancyCancelled";

	public static final String MSG_VACANCY_FILLED = "Message_VacancyFilled";

	public static final String MSG_RESERVE_LIST_EXHAUSTED = "Message_ReserveListExhausted";

	public static final String MSG_CANDIDATE_WITHDREW = "Message_CandidateWithdrew";

	public static final String MSG_APPLICATION_VACANCY_CANCELLED = "Message_ApplicationVacancyCancelled";

	public static final String MSG_INTERVIEW_RESCHEDULED = "Message_InterviewRescheduled";

	public static final String MSG_INTERVIEW_CANCELLED = "Message_InterviewCancelled";

	public static final String MSG_OFFER_ANSWERED = "Message_OfferAnswered";

	public static final String MSG_OFFER_FROM_RESERVE = "Message_OfferFromReserve";

	// ---- errors
	public static final String ERROR_CLEARANCE_FAILED = "Error_ClearanceFailed";

	// ---- user tasks
	public static final String TASK_APPROVE_AS_HIRING_MANAGER = "Task_ApproveAsHiringManager";

	public static final String TASK_APPROVE_AS_HR = "Task_ApproveAsHR";

	public static final String TASK_DECIDE_ON_UNFILLED_POSTS = "Task_DecideOnUnfilledPosts";

	public static final String TASK_SCREEN_APPLICATION = "Task_ScreenApplication";

	public static final String TASK_RECORD_ASSESSMENT = "Task_RecordAssessment";

	public static final String TASK_DECLARE_INTERESTS = "Task_DeclareInterests";

	public static final String TASK_APPOINT_PANEL_MEMBER = "Task_AppointPanelMember";

	public static final String TASK_SCHEDULE_INTERVIEW = "Task_ScheduleInterview";

	public static final String TASK_EVALUATE_CANDIDATE = "Task_EvaluateCandidate";

	public static final String TASK_JUSTIFY_CALIBRATION = "Task_JustifyCalibration";

	public static final String TASK_DECIDE_ON_CANDIDATE = "Task_DecideOnCandidate";

	public static final String TASK_APPROVE_OFFER = "Task_ApproveOffer";

	public static final String TASK_RECORD_SECURITY_CLEARANCE = "Task_RecordSecurityClearance";

	public static final String TASK_RECORD_MEDICAL_CLEARANCE = "Task_RecordMedicalClearance";

	private ProcessIds() {
	}

}
