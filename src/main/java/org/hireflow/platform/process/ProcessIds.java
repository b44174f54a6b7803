package org.hireflow.platform.process;

/**
 * The names the BPMN models and the Java glue share: process keys, variables, messages, errors and the ids
 * of the activities code refers to. One place, so that a rename in a model is a rename here.
 */
public final class ProcessIds {

	public static final String APPLICATION_PROCESS = "application";

	public static final String VACANCY_PROCESS = "vacancy";

	/** Process variables: references and decisions only, never personal data. */
	public static final String VAR_APPLICATION_ID = "applicationId";

	public static final String VAR_VACANCY_ID = "vacancyId";

	private ProcessIds() {
	}

}
