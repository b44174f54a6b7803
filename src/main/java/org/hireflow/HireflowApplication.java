package org.hireflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Applicant-tracking workflow engine service: the hiring pipeline as BPMN on Camunda 7,
 * candidate records in the service's own tables, notifications by mail. Each top-level
 * package is one stage or concern of the pipeline (see README, "Architecture"); the
 * shared kernel, {@code platform}, is part of every module's test.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@ConfigurationPropertiesScan
@EnableScheduling
public class HireflowApplication {

	public static void main(String[] args) {
		SpringApplication.run(HireflowApplication.class, args);
	}

}
