/**
 * Security and medical clearance after an accepted offer: long waits (months), recorded
 * by HR, either of which can fail — the offer is then withdrawn and the post goes to the
 * next on the reserve list. Both are due a set time before the offer's start date, and
 * follow it when HR moves it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "application", "offer" })
package org.hireflow.clearance;
