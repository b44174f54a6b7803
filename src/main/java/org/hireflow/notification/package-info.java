/**
 * Every email the service sends: what each pipeline event tells whom (in their language),
 * the templates, the calendar invitations, and the transactional outbox that sends each
 * message once, after its cause commits. The only module that talks to SMTP.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "application", "vacancy", "interview", "offer", "decision", "candidate" })
package org.hireflow.notification;
