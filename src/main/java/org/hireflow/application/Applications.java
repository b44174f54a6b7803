package org.hireflow.application;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Applications extends JpaRepository<Application, Long> {

	Optional<Application> findByReference(String reference);

	boolean existsByVacancyIdAndCandidateId(Long vacancyId, Long candidateId);

	@Query("select a from Application a where a.candidate.email = ?1 order by a.submittedAt desc")
	List<Application> findByCandidateEmail(String normalisedEmail);

	List<Application> findByCandidateId(Long candidateId);

	List<Application> findByVacancyIdAndStatusNotIn(Long vacancyId, java.util.Collection<ApplicationStatus> statuses);

	@Query("""
			select a from Application a
			where (:vacancyId is null or a.vacancyId = :vacancyId)
			  and (:status is null or a.status = :status)""")
	Page<Application> search(Long vacancyId, ApplicationStatus status, Pageable pageable);

	@Query(value = "select nextval('application_reference_seq')", nativeQuery = true)
	long nextReferenceNumber();

}
