/**
 * The competency-based panel interview: scheduling (changeable until it takes place),
 * each panel member's evaluation against the five core values and the vacancy's
 * competencies, and calibration of divergent scores.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "application", "vacancy" })
package org.hireflow.interview;
