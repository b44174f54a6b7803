package org.hireflow.taskforms;

import java.util.List;
import java.util.Optional;

/** The engine's answer to "may this person see this task, and what is it about?". */
public interface TaskAccess {

	record VisibleTask(String taskKey, String stage, long applicationId, String assignee) {
	}

	Optional<VisibleTask> visible(String taskId, String userId, List<String> groupIds);

}
