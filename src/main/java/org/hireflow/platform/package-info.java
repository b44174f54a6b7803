/**
 * Shared kernel: problem details, the clock, typed configuration, the shared vocabulary
 * of the domain (languages, levels, degrees) and the embedded developer infrastructure.
 * Every module may use it.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hireflow.platform;
