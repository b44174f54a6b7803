package org.hireflow.application.web;

import java.time.Instant;
import java.util.List;

import org.hireflow.application.Answer;
import org.hireflow.application.Application;
import org.hireflow.application.ApplicationEvent;
import org.hireflow.application.CandidateProfile;

/** One application as staff see it: what was submitted, where it stands, and its whole audit trail. */
record ApplicationDetails(String reference, long vacancyId, String status, String outcomeReason,
		Instant submittedAt, String processInstanceId, long candidateId, String candidateEmail,
		String correspondenceLanguage, CandidateProfile profile, List<Answer> answers, List<Event> history) {

	record Event(Instant at, String actor, String from, String to, String outcome, String reason) {

		static Event of(ApplicationEvent e) {
			return new Event(e.getOccurredAt(), e.getActor(), e.getFromStatus() == null ? null : e.getFromStatus().name(),
					e.getToStatus().name(), e.getOutcome(), e.getReason());
		}

	}

	static ApplicationDetails of(Application a, List<ApplicationEvent> history) {
		return new ApplicationDetails(a.getReference(), a.getVacancyId(), a.getStatus().name(), a.getOutcomeReason(),
				a.getSubmittedAt(), a.getProcessInstanceId(), a.getCandidate().getId(), a.getCandidate().getEmail(),
				a.getCandidate().getCorrespondenceLanguage().code(), a.getProfile(), a.getAnswers(),
				history.stream().map(Event::of).toList());
	}

}
