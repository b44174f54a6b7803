/**
 * The written test and/or recorded video interview: one result per application against
 * the vacancy's pass mark.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "application", "vacancy" })
package org.hireflow.assessment;
