package org.hireflow.application;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Candidates extends JpaRepository<Candidate, Long> {

	Optional<Candidate> findByEmail(String normalisedEmail);

}
