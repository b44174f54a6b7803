package org.hireflow.demo;

import java.util.List;

import org.hireflow.security.Roles;

/** The demo staff; as in Camunda's own distributions, each password is the user id. */
public final class DemoUsers {

	public record DemoUser(String id, String firstName, String lastName, String group) {
	}

	public static final List<DemoUser> ALL = List.of(new DemoUser("demo", "Demo", "Administrator", Roles.GROUP_ADMIN),
			new DemoUser("rita", "Rita", "Recruiter", Roles.GROUP_RECRUITERS),
			new DemoUser("henri", "Henri", "Hiring-Manager", Roles.GROUP_HIRING_MANAGERS),
			new DemoUser("hana", "Hana", "HR-Officer", Roles.GROUP_HR),
			new DemoUser("paul", "Paul", "Panel-Chair", Roles.GROUP_PANEL),
			new DemoUser("petra", "Petra", "Panel-Member", Roles.GROUP_PANEL),
			new DemoUser("pedro", "Pedro", "Panel-Member", Roles.GROUP_PANEL),
			new DemoUser("pia", "Pia", "Panel-Substitute", Roles.GROUP_PANEL));

	private DemoUsers() {
	}

}
