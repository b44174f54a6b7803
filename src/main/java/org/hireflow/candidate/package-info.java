/**
 * The candidate's own pages, in English and French: open vacancies, a notice, the
 * application form (posting to the intake API), and the status page opened by the signed
 * link from every email — where the candidate sees the stage, what comes next and when,
 * withdraws, or answers an offer. Links only open pages; every action is a POST after a
 * confirmation.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "application", "vacancy", "offer", "interview", "privacy" })
package org.hireflow.candidate;
