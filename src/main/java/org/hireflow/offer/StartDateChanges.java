package org.hireflow.offer;

import java.util.List;

import org.springframework.data.repository.Repository;

interface StartDateChanges extends Repository<StartDateChange, Long> {

	StartDateChange save(StartDateChange change);

	List<StartDateChange> findByApplicationIdOrderByChangedAtAscIdAsc(Long applicationId);

}
