package org.hireflow.interview;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Interviews extends JpaRepository<Interview, Long> {

}
