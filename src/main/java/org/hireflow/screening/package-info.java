/**
 * Screening by the vacancy's recruiters, from intake on (rolling): shortlisted or
 * rejected with a reason. Overdue screenings are escalated by a timer in the model.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "application" })
package org.hireflow.screening;
