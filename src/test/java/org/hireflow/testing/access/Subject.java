package org.hireflow.testing.access;

import java.util.EnumSet;
import java.util.Set;

/** The people the access matrix asks about, each as the service would meet them. */
public enum Subject {

	ANONYMOUS("anonymous", null),

	CANDIDATE("candidate (this application's link)", null),

	OTHER_CANDIDATE("candidate (another application's link)", null),

	RECRUITER("recruiter", "mxrecruiter"),

	PANEL_MEMBER("panel member", "mxmember"),

	PANEL_CHAIR("panel chair", "mxchair"),

	OTHER_PANEL_MEMBER("panel member, other vacancy", "mxoutsider"),

	HIRING_MANAGER("hiring manager", "mxmanager"),

	HR("HR", "mxhr"),

	ADMIN("administrator", "mxadmin"),

	NO_GROUP("user in no group", "mxnobody");

	public static final Set<Subject> EVERYONE = EnumSet.allOf(Subject.class);

	public static final Set<Subject> STAFF = EnumSet.of(RECRUITER, PANEL_MEMBER, PANEL_CHAIR, OTHER_PANEL_MEMBER,
			HIRING_MANAGER, HR, ADMIN);

	public final String label;

	/** The staff user id (password = id), or null for someone who is not signed in. */
	public final String user;

	Subject(String label, String user) {
		this.label = label;
		this.user = user;
	}

	public static Set<Subject> only(Subject... subjects) {
		Set<Subject> set = EnumSet.noneOf(Subject.class);
		set.addAll(java.util.List.of(subjects));
		return set;
	}

}
