package org.hireflow.candidate;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.hireflow.platform.domain.Degree;
import org.hireflow.platform.domain.IsoCodes;
import org.hireflow.platform.web.Problem;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;
import org.hireflow.vacancy.VacancyStatus;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Open vacancies, one notice, and the application form (which posts to the public intake
 * API).
 */
@Controller
class VacancyPages {

	record Country(String code, String name) {
	}

	private final VacancyService vacancies;

	private final Clock clock;

	private final JobPostings jobPostings;

	VacancyPages(VacancyService vacancies, Clock clock, JobPostings jobPostings) {
		this.vacancies = vacancies;
		this.clock = clock;
		this.jobPostings = jobPostings;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/vacancies";
	}

	@GetMapping("/vacancies")
	String list(Model model) {
		model.addAttribute("vacancies", vacancies.openVacancies());
		return "candidate/vacancies";
	}

	/**
	 * The notice; while it takes applications, with its schema.org {@code JobPosting}
	 * (JSON-LD) for job search engines (a closed notice is no longer a job offer).
	 */
	@GetMapping("/vacancies/{reference}")
	String one(@PathVariable String reference, Model model, Locale locale) {
		Vacancy vacancy = published(reference);
		boolean open = vacancy.acceptsApplicationsAt(clock.instant());
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("open", open);
		if (open) {
			model.addAttribute("jobPosting", jobPostings.of(vacancy, locale));
		}
		return "candidate/vacancy";
	}

	@GetMapping("/vacancies/{reference}/apply")
	String form(@PathVariable String reference, Model model, Locale locale) {
		Vacancy vacancy = published(reference);
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("open", vacancy.acceptsApplicationsAt(clock.instant()));
		model.addAttribute("countries", countries(locale));
		model.addAttribute("degrees", Degree.values());
		return "candidate/apply";
	}

	@GetMapping("/applied")
	String applied(@RequestParam String reference, Model model) {
		model.addAttribute("reference", reference.replaceAll("[^A-Z0-9-]", ""));
		return "candidate/applied";
	}

	private Vacancy published(String reference) {
		Vacancy vacancy = vacancies.get(reference);
		if (vacancy.getPublicationAt() == null) {
			throw Problem.notFound("Vacancy", reference);
		}
		if (vacancy.getStatus() == VacancyStatus.CANCELLED) {
			throw new CandidatePageErrors.VacancyGone(reference);
		}
		return vacancy;
	}

	static List<Country> countries(Locale locale) {
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, IsoCodes.countryName(code, locale)))
			.sorted(Comparator.comparing(Country::name))
			.toList();
	}

}
