package org.hireflow.taskforms.web;

import java.util.List;

import org.hireflow.taskforms.TaskContext;
import org.hireflow.taskforms.TaskContextService;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** For the embedded Tasklist forms (the Tasklist session signs the request in). */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Tag(name = "Staff: task forms")
@SecurityRequirement(name = "basic")
class TaskContextController {

	private static final String GROUP_PREFIX = "GROUP_";

	private final TaskContextService contexts;

	TaskContextController(TaskContextService contexts) {
		this.contexts = contexts;
	}

	@GetMapping("/context")
	@Operation(summary = "What the task's form shows; 404 for a task the caller may not see")
	TaskContext context(@PathVariable String taskId, Authentication user) {
		List<String> groups = user.getAuthorities()
			.stream()
			.map(Object::toString)
			.filter(authority -> authority.startsWith(GROUP_PREFIX))
			.map(authority -> authority.substring(GROUP_PREFIX.length()))
			.toList();
		return contexts.of(taskId, user.getName(), groups);
	}

}
