package org.hireflow.clearance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Clearances extends JpaRepository<Clearance, Clearance.Key> {

	List<Clearance> findByApplicationId(Long applicationId);

}
