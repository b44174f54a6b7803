package org.hireflow.platform.process;

import java.time.Instant;
import java.util.List;

/**
 * A user task passed its due date and nobody has completed it: its people are reminded.
 *
 * @param businessKey the application or vacancy reference
 * @param taskKey the BPMN id of the overdue task
 * @param recipients user ids of the assignee, or of the candidate users when nobody
 * claimed it
 */
public record TaskOverdue(String businessKey, String taskId, String taskKey, String taskName, List<String> recipients,
		Instant due) {
}
