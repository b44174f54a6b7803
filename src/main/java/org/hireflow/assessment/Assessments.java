package org.hireflow.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Assessments extends JpaRepository<Assessment, Long> {

}
