/**
 * Security and medical clearance after an accepted offer: long waits (months), recorded
 * by HR, either of which can fail — the offer is then withdrawn and the post goes to the
 * next on the reserve list.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "application" })
package org.hireflow.clearance;
