package org.hireflow.application;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The audit trail: append and read, nothing else. */
public interface ApplicationEvents extends Repository<ApplicationEvent, Long> {

	ApplicationEvent save(ApplicationEvent event);

	List<ApplicationEvent> findByApplicationIdOrderByOccurredAtAscIdAsc(Long applicationId);

}
