/**
 * Diversity self-identification, kept apart: what a candidate chose to say about
 * themselves (gender; optional, "prefer not to say" allowed) is stored here, in its own
 * table, at intake and nowhere else. Never a process variable, never in a task form,
 * never in the case file: screeners, panels and decision makers cannot see it. Only
 * intake writes it and only reporting reads it (held by {@code DiversityBoundaryTests}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform" })
package org.hireflow.diversity;
