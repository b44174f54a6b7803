package org.hireflow.interview;

import java.util.List;

import org.springframework.data.repository.Repository;

interface PanelAppointments extends Repository<PanelAppointment, Long> {

	PanelAppointment save(PanelAppointment appointment);

	List<PanelAppointment> findByApplicationIdOrderByAppointedAtAscIdAsc(Long applicationId);

}
