package org.hireflow.vacancy;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;

import org.hireflow.platform.web.Problem;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, publishing and finding vacancy notices. */
@Service
public class VacancyService {

	private final Vacancies vacancies;

	private final Clock clock;

	VacancyService(Vacancies vacancies, Clock clock) {
		this.vacancies = vacancies;
		this.clock = clock;
	}

	@Transactional
	public Vacancy draft(VacancyDraft draft, String staffUser) {
		Instant now = clock.instant();
		String reference = "VN-%d-%04d".formatted(Year.now(clock.withZone(ZoneOffset.UTC)).getValue(),
				vacancies.nextReferenceNumber());
		return vacancies.save(new Vacancy(reference, draft, staffUser, now));
	}

	@Transactional
	public Vacancy publish(String reference) {
		Vacancy vacancy = get(reference);
		vacancy.publish(clock.instant());
		return vacancy;
	}

	@Transactional(readOnly = true)
	public Vacancy get(String reference) {
		return vacancies.findByReference(reference).orElseThrow(() -> Problem.notFound("Vacancy", reference));
	}

	@Transactional(readOnly = true)
	public Vacancy get(long id) {
		return vacancies.findById(id).orElseThrow(() -> Problem.notFound("Vacancy", String.valueOf(id)));
	}

	/** Published vacancies whose closing instant has not come yet, soonest closing first. */
	@Transactional(readOnly = true)
	public List<Vacancy> openVacancies() {
		return vacancies.findOpenAt(clock.instant());
	}

	@Transactional(readOnly = true)
	public Page<Vacancy> search(VacancyStatus status, Pageable pageable) {
		return status == null ? vacancies.findAll(pageable) : vacancies.findByStatus(status, pageable);
	}

}
