package org.hireflow.vacancy;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface VacancyEvents extends Repository<VacancyEvent, Long> {

	VacancyEvent save(VacancyEvent event);

	List<VacancyEvent> findByVacancyIdOrderByOccurredAtAscIdAsc(Long vacancyId);

}
