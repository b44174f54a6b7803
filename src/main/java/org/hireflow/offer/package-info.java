/**
 * The offer: approved by HR (grade, step, start date), sent with an expiry, answered once
 * by the candidate; and the appointment once both clearances are through.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "application", "vacancy" })
package org.hireflow.offer;
