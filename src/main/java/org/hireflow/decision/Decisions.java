package org.hireflow.decision;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Decisions extends JpaRepository<Decision, Long> {

}
