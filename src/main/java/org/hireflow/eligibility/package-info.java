/**
 * Eligibility at intake: the knock-out rules of {@code bpmn/eligibility.dmn}, fed with
 * facts derived here (member-state national, age on the expected start date, levels) —
 * never raw nationality or birth date, since decision inputs stay in the engine's
 * history.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "application", "vacancy", "memberstate" })
package org.hireflow.eligibility;
