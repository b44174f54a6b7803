package org.hireflow.platform.domain;

/** Highest completed education, ordered from lowest to highest. */
public enum Degree {

	SECONDARY, VOCATIONAL, BACHELOR, MASTER, DOCTORATE;

	public boolean atLeast(Degree required) {
		return compareTo(required) >= 0;
	}

}
