package org.hireflow.vacancy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Vacancies extends JpaRepository<Vacancy, Long> {

	Optional<Vacancy> findByReference(String reference);

	@Query("select v from Vacancy v where v.status = org.hireflow.vacancy.VacancyStatus.PUBLISHED and v.closingAt > ?1 order by v.closingAt")
	List<Vacancy> findOpenAt(Instant now);

	Page<Vacancy> findByStatus(VacancyStatus status, Pageable pageable);

	@Query(value = "select nextval('vacancy_reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

}
