package org.hireflow.offer.web;

import java.security.Principal;
import java.time.LocalDate;

import org.hireflow.offer.Offer;
import org.hireflow.offer.OfferService;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * HR records an answer the candidate gave another way (letter, phone), and moves the
 * start date of an offer that stands; candidates answer on their status page.
 */
@RestController
@RequestMapping("/api/applications/{reference}/offer")
@Tag(name = "Staff: offers")
@SecurityRequirement(name = "basic")
class OfferController {

	@Schema(name = "OfferAnswerRequest")
	record AnswerRequest(@NotNull Boolean accepted) {
	}

	record StartDateRequest(@NotNull LocalDate startDate, @NotBlank @Size(max = 1000) String reason) {
	}

	record OfferView(String status, String grade, int step, String startDate, String expiresAt) {
	}

	private final OfferService offers;

	OfferController(OfferService offers) {
		this.offers = offers;
	}

	@PostMapping("/answer")
	@Operation(operationId = "recordOfferAnswer", summary = "Record the candidate's answer to the offer (counts once)")
	OfferView answer(@PathVariable String reference, @Valid @RequestBody AnswerRequest request) {
		return view(offers.answer(reference, request.accepted()));
	}

	@PutMapping("/start-date")
	@Operation(operationId = "moveStartDate",
			summary = "Move the start date of an offer that stands, with a reason; the clearances' due dates follow")
	OfferView moveStartDate(@PathVariable String reference, @Valid @RequestBody StartDateRequest request,
			Principal principal) {
		return view(offers.moveStartDate(reference, request.startDate(), request.reason(), principal.getName()));
	}

	private static OfferView view(Offer offer) {
		return new OfferView(offer.getStatus().name(), offer.getGrade(), offer.getStep(),
				offer.getStartDate().toString(), String.valueOf(offer.getExpiresAt()));
	}

}
