package org.hireflow.vacancy.process;

import java.util.List;

import org.hireflow.vacancy.VacancyService;

import org.springframework.stereotype.Component;

/**
 * Who works a vacancy's tasks, for the models' assignments:
 * {@code ${staffing.recruiters(vacancyId)}}.
 */
@Component("staffing")
public class VacancyStaffing {

	private final VacancyService vacancies;

	VacancyStaffing(VacancyService vacancies) {
		this.vacancies = vacancies;
	}

	public List<String> recruiters(Object vacancyId) {
		return vacancies.get(((Number) vacancyId).longValue()).getRecruiters();
	}

}
