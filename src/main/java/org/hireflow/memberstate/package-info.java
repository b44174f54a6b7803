/**
 * The member states whose nationals may apply, as data: each state's ISO code and the day
 * it joined, changed by an administrator without a release. Intake asks it before a
 * candidate applies under a nationality that is not a member state's; eligibility asks it
 * on the day of the application.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.hireflow.memberstate;
