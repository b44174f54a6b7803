/**
 * The case file: one application's whole story for staff — what was submitted, every
 * stage with its timing, and the records of each stage (screening, assessment, interview,
 * evaluations, calibration, decision, offer, clearances). Reads only; depends on every
 * stage, no stage depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "application", "vacancy",
		"screening", "assessment", "interview", "decision", "offer", "clearance" })
package org.hireflow.casefile;
