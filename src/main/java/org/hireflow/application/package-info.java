/**
 * Candidates and their applications: intake (one transaction: candidate, application,
 * audit event, process start; the voluntary self-identification handed to
 * {@code diversity}, apart), the application's status and its append-only audit trail.
 * Later stages change an application only through
 * {@link org.hireflow.application.ApplicationService}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "vacancy", "memberstate", "diversity" })
package org.hireflow.application;
