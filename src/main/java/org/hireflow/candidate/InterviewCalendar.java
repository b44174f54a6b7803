package org.hireflow.candidate;

import org.hireflow.interview.InterviewFacts;

/**
 * The calendar entry of an interview, offered again on the candidate's own page: the same
 * event as the invitation email (same UID and sequence), built where the emails are (the
 * notification module implements this port).
 */
public interface InterviewCalendar {

	String forCandidate(InterviewFacts interview, String vacancyTitle, String applicationReference, String email,
			String name);

}
