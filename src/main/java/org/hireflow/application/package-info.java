/**
 * Candidates and their applications: intake (one transaction: candidate, application,
 * audit event, process start), the application's status and its append-only audit trail.
 * Later stages change an application only through
 * {@link org.hireflow.application.ApplicationService}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "vacancy", "memberstate" })
package org.hireflow.application;
