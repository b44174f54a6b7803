package org.hireflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.OfficialLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An application guards its own status: plain objects, no service started. */
class ApplicationTests {

	static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

	static Application submitted() {
		CandidateProfile profile = new CandidateProfile("Amélie", "Durand", LocalDate.of(1990, 5, 17), Set.of("FR"),
				"FR", Map.of("en", 5, "fr", 5), Degree.MASTER, 8, new CandidateProfile.Declarations(true, false));
		Candidate candidate = new Candidate("amelie@example.org", profile, OfficialLanguage.FR, NOW);
		return new Application("AP-2027-000001", 1L, candidate, profile, List.of(new Answer("motivation", "Because.")),
				NOW);
	}

	@Test
	void each_outcome_moves_the_application_where_the_pipeline_leads_and_says_why_in_the_audit_event() {
		Application application = submitted();

		ApplicationEvent eligible = application.moveTo(Outcome.ELIGIBLE, null, "system", null, NOW);
		ApplicationEvent shortlisted = application.moveTo(Outcome.SHORTLISTED, null, "rita", "Strong answers", NOW);

		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ASSESSMENT);
		assertThat(eligible.getOutcome()).isEqualTo("eligible");
		assertThat(shortlisted.getOutcome()).isEqualTo("shortlisted");
		assertThat(shortlisted.getReason()).isEqualTo("Strong answers");
	}

	@Test
	void an_ineligible_outcome_records_the_rule_that_failed() {
		ApplicationEvent event = submitted().moveTo(Outcome.INELIGIBLE, "AGE_UNDER_21", "system", "Too young", NOW);

		assertThat(event.getOutcome()).isEqualTo("ineligible.AGE_UNDER_21");
	}

	@Test
	void a_step_the_pipeline_does_not_lead_to_from_here_is_refused() {
		Application application = submitted();

		assertThatThrownBy(() -> application.moveTo(Outcome.SELECTED, null, "paul", "Great", NOW))
			.isInstanceOf(TransitionRefused.class)
			.hasMessageContaining("cannot move from submitted to offer");
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void a_final_status_is_final() {
		Application application = submitted();
		application.moveTo(Outcome.WITHDRAWN, null, "candidate", null, NOW);

		assertThatThrownBy(() -> application.moveTo(Outcome.ELIGIBLE, null, "system", null, NOW))
			.isInstanceOf(ApplicationClosed.class);
	}

	@ParameterizedTest
	@EnumSource(value = ApplicationStatus.class, mode = EnumSource.Mode.EXCLUDE,
			names = { "HIRED", "INELIGIBLE", "REJECTED", "WITHDRAWN", "VACANCY_CANCELLED", "OFFER_DECLINED",
					"OFFER_EXPIRED", "OFFER_WITHDRAWN", "RESERVE_EXPIRED" })
	void a_candidate_can_withdraw_and_a_vacancy_be_cancelled_at_any_open_step(ApplicationStatus open) {
		assertThat(open.canMoveTo(ApplicationStatus.WITHDRAWN)).isTrue();
		assertThat(open.canMoveTo(ApplicationStatus.VACANCY_CANCELLED)).isTrue();
	}

	@Test
	void every_outcome_leads_somewhere_the_pipeline_can_reach() {
		for (Outcome outcome : Outcome.values()) {
			boolean reachable = outcome == Outcome.SUBMITTED || java.util.Arrays.stream(ApplicationStatus.values())
				.anyMatch(from -> from.canMoveTo(outcome.leadsTo()));
			assertThat(reachable).as(outcome.name()).isTrue();
		}
	}

}
