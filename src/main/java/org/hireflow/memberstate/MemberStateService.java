package org.hireflow.memberstate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hireflow.platform.domain.IsoCodes;
import org.hireflow.platform.domain.NotFound;
import org.hireflow.platform.domain.RuleViolated;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which nationalities make a candidate a member-state national, on a given day. The list
 * is the {@code member_state} table (seeded with the 32 members and their accession
 * days); an administrator adds a state or corrects its day through the staff API.
 */
@Service
public class MemberStateService {

	private final MemberStates states;

	private final Clock clock;

	MemberStateService(MemberStates states, Clock clock) {
		this.states = states;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean memberOn(String code, LocalDate day) {
		return code != null && states.findById(code).filter(state -> state.memberOn(day)).isPresent();
	}

	/**
	 * The first of {@code codes} (in their order) that was a member state on {@code day}.
	 */
	@Transactional(readOnly = true)
	public Optional<String> firstMemberAmong(Collection<String> codes, LocalDate day) {
		return codes.stream().filter(code -> memberOn(code, day)).findFirst();
	}

	@Transactional(readOnly = true)
	public List<MemberState> all() {
		return states.findAllByOrderByCode();
	}

	/** A state joins on {@code day}, or its day is corrected. */
	@Transactional
	public MemberState joined(String code, LocalDate day, String actor) {
		return joined(code, day, null, actor);
	}

	/**
	 * As {@link #joined(String, LocalDate, String)}, and whether its nationals are
	 * under-represented on the staff ({@code null}: as it was; not, for a new state).
	 */
	@Transactional
	public MemberState joined(String code, LocalDate day, Boolean underRepresented, String actor) {
		if (!IsoCodes.isCountry(code)) {
			throw new RuleViolated("rule.member-state-code", "{0} is not an ISO 3166-1 alpha-2 country code.", code);
		}
		Optional<MemberState> known = states.findById(code);
		known.ifPresent(state -> state.rejoined(day, actor, clock.instant()));
		MemberState state = known.orElseGet(() -> states.save(new MemberState(code, day, actor, clock.instant())));
		if (underRepresented != null) {
			state.flagged(underRepresented, actor, clock.instant());
		}
		return state;
	}

	/** A state entered by mistake is taken off the list. */
	@Transactional
	public void remove(String code) {
		states.delete(states.findById(code).orElseThrow(() -> new NotFound("Member state", code)));
	}

}
