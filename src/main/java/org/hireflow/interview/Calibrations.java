package org.hireflow.interview;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Calibrations extends JpaRepository<Calibration, Long> {

}
