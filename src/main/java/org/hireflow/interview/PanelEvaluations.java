package org.hireflow.interview;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PanelEvaluations extends JpaRepository<PanelEvaluation, Long> {

	List<PanelEvaluation> findByApplicationIdOrderBySubmittedAt(Long applicationId);

	boolean existsByApplicationIdAndPanelMember(Long applicationId, String panelMember);

}
