package org.hireflow.interview;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ConflictDeclarations extends Repository<ConflictDeclaration, Long> {

	ConflictDeclaration save(ConflictDeclaration declaration);

	List<ConflictDeclaration> findByApplicationIdOrderByDeclaredAtAscIdAsc(Long applicationId);

	boolean existsByApplicationIdAndPanelMember(Long applicationId, String panelMember);

}
