package org.hireflow.application;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CvOpenings extends JpaRepository<CvOpening, Long> {

	List<CvOpening> findByApplicationIdOrderById(Long applicationId);

}
