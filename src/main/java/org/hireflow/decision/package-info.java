/**
 * The chair's decision (select, reserve list, reject) and the vacancy's reserve list:
 * ranked by the panel's aggregate score, reorderable by the chair with a reason, expiring
 * after the configured period; when an offer falls through, the best-ranked waiting
 * candidate is offered the post.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "application", "vacancy", "interview" })
package org.hireflow.decision;
