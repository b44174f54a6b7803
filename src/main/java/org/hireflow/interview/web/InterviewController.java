package org.hireflow.interview.web;

import java.security.Principal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.hireflow.interview.Interview;
import org.hireflow.interview.InterviewService;
import org.hireflow.interview.Slot;
import org.hireflow.platform.web.Problem;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hireflow.platform.text.FreeText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moving or calling off a scheduled interview, until it takes place. */
@RestController
@RequestMapping("/api/applications/{reference}/interview")
@Tag(name = "Staff: interviews")
@SecurityRequirement(name = "basic")
class InterviewController {

	record SlotRequest(@NotNull LocalDateTime startsAt, @NotNull @Size(max = 64) @FreeText String timeZone,
			@Min(15) @Max(240) Integer durationMinutes, @Size(max = 300) @FreeText String location,
			@Size(max = 500) @FreeText String videoLink) {
	}

	record InterviewView(String uid, int sequence, String status, String startsAt, int durationMinutes, String location,
			String videoLink) {

		static InterviewView of(Interview i) {
			return new InterviewView(i.getUid(), i.getSequence(), i.getStatus().name(), i.getStartsAt().toString(),
					i.getDurationMinutes(), i.getLocation(), i.getVideoLink());
		}

	}

	private final InterviewService interviews;

	InterviewController(InterviewService interviews) {
		this.interviews = interviews;
	}

	@PostMapping("/reschedule")
	@Operation(operationId = "rescheduleInterview",
			summary = "Move the interview (same calendar event, higher sequence)")
	InterviewView reschedule(@PathVariable String reference, @Valid @RequestBody SlotRequest request, Principal user) {
		ZoneId zone;
		try {
			zone = ZoneId.of(request.timeZone());
		}
		catch (DateTimeException ex) {
			throw Problem.invalid("timeZone '" + request.timeZone() + "' is not an IANA time zone.");
		}
		Slot slot = new Slot(request.startsAt().atZone(zone),
				request.durationMinutes() == null ? 60 : request.durationMinutes(), request.location(),
				request.videoLink());
		return InterviewView.of(interviews.reschedule(reference, slot, user.getName()));
	}

	@PostMapping("/cancellation")
	@Operation(operationId = "cancelInterview",
			summary = "Call the interview off; the application goes back to scheduling")
	InterviewView cancel(@PathVariable String reference, Principal user) {
		return InterviewView.of(interviews.cancel(reference, user.getName()));
	}

}
