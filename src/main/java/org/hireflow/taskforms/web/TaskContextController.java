package org.hireflow.taskforms.web;

import org.hireflow.platform.StaffDirectory;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.hireflow.taskforms.TaskContext;
import org.hireflow.taskforms.TaskContextService;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For the embedded Tasklist forms (the Tasklist session signs the request in). */
@RestController
@RequestMapping("/api/tasks/{taskId}")
@Tag(name = "Staff: task forms")
@SecurityRequirement(name = "basic")
class TaskContextController {

	private static final String GROUP_PREFIX = "GROUP_";

	private final TaskContextService contexts;

	private final StaffDirectory staff;

	TaskContextController(TaskContextService contexts, StaffDirectory staff) {
		this.contexts = contexts;
		this.staff = staff;
	}

	/**
	 * {@code lang}: the Tasklist language the form is shown in ({@code en} or
	 * {@code fr}), remembered for the caller's emails (reminders, panel invitations).
	 */
	@GetMapping("/context")
	@Operation(operationId = "getTaskContext",
			summary = "What the task's form shows; 404 for a task the caller may not see. lang (en or fr): the "
					+ "Tasklist language, which the caller's emails then follow")
	TaskContext context(@PathVariable String taskId, @RequestParam(required = false) String lang, Authentication user) {
		TaskContext context = contexts.of(taskId, user.getName(), groups(user));
		if (lang != null) {
			staff.rememberLanguage(user.getName(), lang);
		}
		return context;
	}

	/**
	 * Written directly (no content negotiation): who may read it is decided before
	 * anything else, whatever the caller accepts, and the answer is always the PDF.
	 */
	@GetMapping("/cv")
	@Operation(operationId = "getTaskCv",
			summary = "The candidate's CV (PDF), from a panel member's or the chair's task only; every opening is "
					+ "recorded. 404 for any other task, a task the caller may not see, or no CV")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
	void cv(@PathVariable String taskId, Authentication user, HttpServletResponse response) throws IOException {
		TaskContextService.TaskCv cv = contexts.cv(taskId, user.getName(), groups(user));
		byte[] pdf = cv.pdf();
		response.setContentType(MediaType.APPLICATION_PDF_VALUE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename("CV-" + cv.reference() + ".pdf").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
	}

	private static List<String> groups(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(Object::toString)
			.filter(authority -> authority.startsWith(GROUP_PREFIX))
			.map(authority -> authority.substring(GROUP_PREFIX.length()))
			.toList();
	}

}
