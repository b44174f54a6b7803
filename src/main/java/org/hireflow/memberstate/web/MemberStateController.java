package org.hireflow.memberstate.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.hireflow.memberstate.MemberState;
import org.hireflow.memberstate.MemberStateService;
import org.hireflow.platform.domain.IsoCodes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The member states whose nationals may apply: staff read them, administrators change
 * them.
 */
@RestController
@RequestMapping("/api/member-states")
@Tag(name = "Staff: member states")
@SecurityRequirement(name = "basic")
class MemberStateController {

	/**
	 * @param underRepresented its nationals are under-represented on the staff (flagged
	 * in the reports, never a quota); absent: unchanged
	 */
	record JoinedRequest(@NotNull LocalDate joinedOn, Boolean underRepresented) {
	}

	record MemberStateView(String code, String name, LocalDate joinedOn, boolean underRepresented, String changedBy) {

		static MemberStateView of(MemberState state) {
			return new MemberStateView(state.getCode(), IsoCodes.countryName(state.getCode(), Locale.ENGLISH),
					state.getJoinedOn(), state.isUnderRepresented(), state.getChangedBy());
		}

	}

	private final MemberStateService states;

	MemberStateController(MemberStateService states) {
		this.states = states;
	}

	@GetMapping
	@Operation(operationId = "listMemberStates", summary = "The member states and the day each joined")
	List<MemberStateView> list() {
		return states.all().stream().map(MemberStateView::of).toList();
	}

	@PutMapping("/{code}")
	@Operation(operationId = "putMemberState",
			summary = "A state joins on a day (or its day is corrected); its nationals may apply from then on. "
					+ "underRepresented flags its nationals in the reports (never a quota)")
	MemberStateView joined(@PathVariable String code, @Valid @RequestBody JoinedRequest request, Principal principal) {
		return MemberStateView
			.of(states.joined(code, request.joinedOn(), request.underRepresented(), principal.getName()));
	}

	@DeleteMapping("/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "removeMemberState", summary = "Take a state entered by mistake off the list")
	void remove(@PathVariable String code) {
		states.remove(code);
	}

}
