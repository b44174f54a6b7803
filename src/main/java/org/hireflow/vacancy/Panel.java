package org.hireflow.vacancy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hireflow.platform.domain.RuleViolated;

/**
 * An interview panel: at least the configured number of distinct members, exactly one of
 * them the chair.
 */
public record Panel(List<String> members, String chair) {

	public Panel {
		members = List.copyOf(members);
	}

	public static Panel of(List<StaffMember> staff) {
		List<String> members = staff.stream()
			.filter(s -> s.role() == StaffMember.Role.PANEL)
			.map(StaffMember::userId)
			.toList();
		String chair = staff.stream()
			.filter(s -> s.role() == StaffMember.Role.PANEL && s.chair())
			.map(StaffMember::userId)
			.findFirst()
			.orElse(null);
		return new Panel(members, chair);
	}

	/**
	 * @throws RuleViolated when the panel is too small, has duplicates, or no chair among
	 * its members
	 */
	public Panel validated(int minimumMembers) {
		Set<String> distinct = new HashSet<>(members);
		if (distinct.size() != members.size()) {
			throw new RuleViolated("rule.panel-once", "A panel member may sit on the panel only once.");
		}
		if (members.size() < minimumMembers) {
			throw new RuleViolated("rule.panel-size", "A panel needs at least {0,number,#} members.", minimumMembers);
		}
		if (chair == null || !distinct.contains(chair)) {
			throw new RuleViolated("rule.panel-chair", "The panel chair must be one of the panel members.");
		}
		return this;
	}

	public List<StaffMember> asStaff() {
		return members.stream().map(member -> StaffMember.panel(member, member.equals(chair))).toList();
	}

}
