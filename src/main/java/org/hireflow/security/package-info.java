/**
 * Who may do what: Spring Security over the Camunda identity service (one login for the
 * API, the engine REST API and the webapps), roles from groups, and the service's own
 * hardening of Camunda 7 CE (the admin setup endpoint, expression-bearing task queries).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "vacancy" })
package org.hireflow.security;
