package org.hireflow.security;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.hireflow.vacancy.PanelAssigned;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One Camunda group per vacancy panel ({@code panelVN20260042}), kept in step with the
 * vacancy: operators see in Admin who sits on which panel, and authorizations can be
 * granted per panel. Panel members who are not (yet) users are skipped.
 */
@Component
class PanelGroups {

	private final IdentityService identity;

	PanelGroups(IdentityService identity) {
		this.identity = identity;
	}

	static String groupOf(String vacancyReference) {
		return "panel" + vacancyReference.replaceAll("[^A-Za-z0-9]", "");
	}

	@EventListener
	void on(PanelAssigned assigned) {
		String groupId = groupOf(assigned.vacancyReference());
		if (identity.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = identity.newGroup(groupId);
			group.setName("Panel " + assigned.vacancyReference());
			group.setType("WORKFLOW");
			identity.saveGroup(group);
		}
		Set<String> wanted = new HashSet<>(assigned.members());
		for (User member : identity.createUserQuery().memberOfGroup(groupId).list()) {
			if (!wanted.remove(member.getId())) {
				identity.deleteMembership(member.getId(), groupId);
			}
		}
		for (String member : wanted) {
			if (identity.createUserQuery().userId(member).count() > 0) {
				identity.createMembership(member, groupId);
			}
		}
	}

}
