package org.hireflow.application;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationCvs extends JpaRepository<ApplicationCv, Long> {

}
