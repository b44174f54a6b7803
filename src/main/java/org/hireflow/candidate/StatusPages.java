package org.hireflow.candidate;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationStatus;
import org.hireflow.application.Candidate;
import org.hireflow.application.CandidateProfile;
import org.hireflow.offer.Offer;
import org.hireflow.platform.domain.Actor;
import org.hireflow.platform.domain.DomainException;
import org.hireflow.platform.domain.OfficialLanguage;
import org.hireflow.platform.text.Texts;
import org.hireflow.platform.web.Problem;
import org.hireflow.privacy.Erasure;
import org.hireflow.privacy.PersonalDataExport;
import org.hireflow.vacancy.VacancyService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The status page behind the signed link. GETs only show; withdrawing and answering an
 * offer are POSTs from a confirmation page, so mail scanners that open links change
 * nothing. A tampered or expired link gets a plain refusal and no data.
 */
@Controller
class StatusPages {

	/** The link does not open anything: forged, mistyped or expired. */
	static class InvalidLink extends RuntimeException {

	}

	private final SelfService self;

	private final VacancyService vacancies;

	private final LostLinkThrottles lostLinks;

	private final InterviewCalendar calendar;

	private final PersonalDataExport personalData;

	private final Erasure erasure;

	StatusPages(SelfService self, VacancyService vacancies, LostLinkThrottles lostLinks, InterviewCalendar calendar,
			PersonalDataExport personalData, Erasure erasure) {
		this.personalData = personalData;
		this.erasure = erasure;
		this.calendar = calendar;
		this.self = self;
		this.vacancies = vacancies;
		this.lostLinks = lostLinks;
	}

	@GetMapping("/status/{token}")
	String status(@PathVariable String token, Model model, HttpServletRequest request) {
		Application application = open(token, request);
		if (application.isErased()) {
			return "candidate/erased";
		}
		Optional<Offer> offer = self.offer(application);
		model.addAttribute("app", application);
		model.addAttribute("vacancy", vacancies.get(application.getVacancyId()));
		model.addAttribute("token", token);
		model.addAttribute("status", application.getStatus().name());
		model.addAttribute("final", application.getStatus().isFinal());
		model.addAttribute("offerOpen", offer.filter(o -> o.getStatus() == Offer.Status.SENT).isPresent());
		model.addAttribute("offer", offer.orElse(null));
		model.addAttribute("interview",
				application.getStatus() == ApplicationStatus.INTERVIEW ? self.interview(application)
					.map(i -> InterviewView.of(i, RequestContextUtils.getLocale(request)))
					.orElse(null) : null);
		return "candidate/status";
	}

	/** The interview's calendar entry again (the one the invitation carried). */
	@GetMapping("/status/{token}/interview.ics")
	ResponseEntity<String> interviewCalendar(@PathVariable String token, HttpServletRequest request) {
		Application application = open(token, request);
		return self.interview(application).map(interview -> {
			String ics = calendar.forCandidate(interview.facts(), vacancies.get(application.getVacancyId()).getTitle(),
					application.getReference(), application.getCandidate().getEmail(),
					application.getProfile().fullName());
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename("interview-" + application.getReference() + ".ics")
							.build()
							.toString())
				.body(ics);
		})
			.orElseGet(
					() -> ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/status/" + token)).build());
	}

	@GetMapping("/status/{token}/withdraw")
	String confirmWithdrawal(@PathVariable String token, Model model, HttpServletRequest request) {
		Application application = open(token, request);
		model.addAttribute("app", application);
		model.addAttribute("token", token);
		model.addAttribute("final", application.getStatus().isFinal());
		return "candidate/withdraw";
	}

	@PostMapping("/status/{token}/withdraw")
	String withdraw(@PathVariable String token, Model model, HttpServletRequest request) {
		Application application = open(token, request);
		if (!application.getStatus().isFinal()) {
			self.withdraw(application);
		}
		return "redirect:/status/" + token + "?done=withdrawn";
	}

	/** Everything held about the candidate, to keep (the right of access). */
	@GetMapping(path = "/status/{token}/personal-data", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<JsonNode> personalData(@PathVariable String token, HttpServletRequest request) {
		Application application = open(token, request);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"personal-data-" + application.getReference() + ".json\"")
			.body(personalData.of(application.getReference()));
	}

	@GetMapping("/status/{token}/erasure")
	String confirmErasure(@PathVariable String token, Model model, HttpServletRequest request) {
		Application application = open(token, request);
		model.addAttribute("app", application);
		model.addAttribute("token", token);
		model.addAttribute("running", self.running(application));
		return "candidate/erasure";
	}

	/**
	 * Erases the candidate's personal data in every application of theirs; one still in a
	 * competition must be withdrawn first (the page says which).
	 */
	@PostMapping("/status/{token}/erasure")
	String erase(@PathVariable String token, Model model, HttpServletRequest request) {
		Application application = open(token, request);
		List<String> running = self.running(application);
		if (!running.isEmpty()) {
			return "redirect:/status/" + token + "/erasure";
		}
		erasure.eraseCandidate(application.getReference(), Erasure.Reason.REQUEST, Actor.CANDIDATE);
		return "candidate/erased";
	}

	@GetMapping("/status/{token}/offer")
	String confirmAnswer(@PathVariable String token, Model model, HttpServletRequest request) {
		Application application = open(token, request);
		model.addAttribute("app", application);
		model.addAttribute("vacancy", vacancies.get(application.getVacancyId()));
		model.addAttribute("offer", self.offer(application).orElse(null));
		model.addAttribute("token", token);
		return "candidate/offer";
	}

	@PostMapping("/status/{token}/offer")
	String answer(@PathVariable String token, @RequestParam String answer, Model model, HttpServletRequest request) {
		Application application = open(token, request);
		if (!answer.equals("accept") && !answer.equals("decline")) {
			throw Problem.invalid("answer must be accept or decline");
		}
		try {
			self.answerOffer(application, answer.equals("accept"));
		}
		catch (DomainException refused) {
			model.addAttribute("token", token);
			return "candidate/offer-refused";
		}
		return "redirect:/status/" + token + "?done=" + answer;
	}

	@GetMapping("/status/{token}/details")
	String details(@PathVariable String token, Model model, HttpServletRequest request) {
		Application application = open(token, request);
		Locale locale = RequestContextUtils.getLocale(request);
		Candidate record = application.getCandidate();
		CandidateProfile submitted = application.getProfile();
		model.addAttribute("app", application);
		model.addAttribute("record",
				new PersonalDetails(record.getGivenName(), record.getFamilyName(), record.getDateOfBirth(),
						record.getNationalities(), record.getLanguages(), record.getHighestDegree(),
						record.getYearsExperience(), locale));
		model.addAttribute("submitted",
				new PersonalDetails(submitted.givenName(), submitted.familyName(), submitted.dateOfBirth(),
						submitted.nationalities(), submitted.languages(), submitted.highestDegree(),
						submitted.yearsOfExperience(), locale));
		model.addAttribute("language", record.getCorrespondenceLanguage().code());
		model.addAttribute("differs", record.differsFrom(submitted));
		model.addAttribute("token", token);
		return "candidate/details";
	}

	@PostMapping("/status/{token}/details")
	String updateDetails(@PathVariable String token, @RequestParam(defaultValue = "false") boolean adopt,
			@RequestParam String correspondenceLanguage, HttpServletRequest request) {
		Application application = open(token, request);
		OfficialLanguage language = Arrays.stream(OfficialLanguage.values())
			.filter(l -> l.code().equals(correspondenceLanguage))
			.findFirst()
			.orElseThrow(() -> Problem.invalid("correspondenceLanguage must be en or fr"));
		self.updateRecord(application, adopt, language);
		return "redirect:/status/" + token + "?done=details&lang=" + language.code();
	}

	@GetMapping("/status/lost")
	String lost() {
		return "candidate/lost";
	}

	/**
	 * The same answer, in the same time, whether or not the address has applications: the
	 * lookup and the email happen after the response. Limited per address and per client
	 * (429).
	 */
	@PostMapping("/status/lost")
	String sendLinks(@RequestParam String email, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (!lostLinks.allow(email, request.getRemoteAddr())) {
			if (!LostLinkThrottles.wantsHtml(request)) {
				throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
						"Too many link requests from here or for this address; try again later.");
			}
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return "candidate/too-many";
		}
		if (email.length() <= 254 && email.contains("@") && Texts.freeTextProblem(email).isEmpty()) {
			self.requestLinksLater(email, locale);
		}
		return "candidate/lost-sent";
	}

	@ExceptionHandler(InvalidLink.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String invalidLink() {
		return "candidate/invalid-link";
	}

	/**
	 * The application behind the link, its pages in the candidate's correspondence
	 * language: a language cookie left in this browser by someone else's pages (or by the
	 * vacancy pages) never decides it; only a switch on the page itself ({@code ?lang=})
	 * does.
	 */
	private Application open(String token, HttpServletRequest request) {
		Application application = self.open(token).orElseThrow(InvalidLink::new);
		String chosen = request.getParameter("lang");
		if (chosen == null || Arrays.stream(OfficialLanguage.values()).noneMatch(l -> l.code().equals(chosen))) {
			request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME,
					application.getCandidate().getCorrespondenceLanguage().locale());
		}
		return application;
	}

}
