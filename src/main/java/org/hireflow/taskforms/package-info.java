/**
 * What each Tasklist form shows, fetched from the service instead of stored in the
 * process: the blind view of an application for screening, the criteria and rubric for a
 * panel member, the panel's aggregated scores and the calibration flag for the chair, the
 * decision and the offer's terms for HR. Only for someone who can see the task.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "application", "vacancy", "interview", "decision", "offer" })
package org.hireflow.taskforms;
