package org.hireflow.vacancy;

/**
 * Staff categories: A (professional), B (administrative), C (manual/technical), L
 * (linguists).
 */
public enum Category {

	A, B, C, L

}
