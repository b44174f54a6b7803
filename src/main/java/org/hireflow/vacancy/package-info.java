/**
 * Vacancy notices and their lifecycle: drafted, approved, published until the closing
 * date-time, closed, filled or cancelled. Owns what a competition requires of candidates
 * (languages, degree, experience) and what its panel scores (competencies).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.hireflow.vacancy;
