/**
 * Personal data's end: a candidate's access export, erasure on request (by the candidate
 * through their status link, or by HR), and retention — anonymising what unsuccessful,
 * reserve and hired candidates left here a configurable time after it stopped being
 * needed. Erasure reaches the service's tables (one list of statements over every
 * module's tables, {@link org.hireflow.privacy.ErasureStatements}), the engine's runtime
 * and history ({@link org.hireflow.privacy.CaseHistory}), and keeps the reports'
 * de-identified counts. {@code ErasureReachesEveryTableTests} scans every table of the
 * database after an erasure.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "application" })
package org.hireflow.privacy;
