package org.hireflow.vacancy;

public enum VacancyStatus {

	DRAFT, APPROVAL, PUBLISHED, CLOSED, FILLED, CANCELLED

}
