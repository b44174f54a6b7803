/**
 * Demo users, groups and a published vacancy for the embedded developer run. Never active
 * in production ({@code hireflow.demo.enabled} is false there, and the profile that sets
 * it is "embedded" only).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "security", "vacancy" })
package org.hireflow.demo;
