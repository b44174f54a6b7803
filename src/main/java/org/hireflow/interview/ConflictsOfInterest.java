package org.hireflow.interview;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hireflow.application.ApplicationService;
import org.hireflow.interview.ConflictDeclaration.Relationship;
import org.hireflow.platform.PipelineSettings;
import org.hireflow.platform.StaffDirectory;
import org.hireflow.platform.domain.RuleViolated;
import org.hireflow.vacancy.Panel;
import org.hireflow.vacancy.VacancyService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest, as EU selection boards handle them: before the interview, each
 * member of the panel declares for the candidate whether they know them. A declared
 * conflict takes the member off this candidate's evaluation; a chair who declares one
 * does not chair for this candidate. When that leaves fewer members than the minimum, or
 * no chair, HR appoints a substitute (who declares in turn) or names a chair among the
 * members left.
 */
@Service
public class ConflictsOfInterest {

	private final ConflictDeclarations declarations;

	private final PanelAppointments appointments;

	private final ApplicationService applications;

	private final VacancyService vacancies;

	private final StaffDirectory staff;

	private final PipelineSettings settings;

	private final Clock clock;

	ConflictsOfInterest(ConflictDeclarations declarations, PanelAppointments appointments,
			ApplicationService applications, VacancyService vacancies, StaffDirectory staff, PipelineSettings settings,
			Clock clock) {
		this.declarations = declarations;
		this.appointments = appointments;
		this.applications = applications;
		this.vacancies = vacancies;
		this.staff = staff;
		this.settings = settings;
		this.clock = clock;
	}

	/** The candidate's panel as the declarations and HR's appointments leave it. */
	@Transactional(readOnly = true)
	public PanelSettlement settle(long applicationId) {
		Panel notice = vacancies.get(applications.get(applicationId).getVacancyId()).getPanel();
		List<PanelAppointment> appointed = appointments.findByApplicationIdOrderByAppointedAtAscIdAsc(applicationId);
		Set<String> members = new LinkedHashSet<>(notice.members());
		appointed.stream().map(PanelAppointment::getMember).filter(m -> m != null).forEach(members::add);
		Map<String, ConflictDeclaration> declared = declarations(applicationId).stream()
			.collect(Collectors.toMap(ConflictDeclaration::getPanelMember, Function.identity()));
		List<String> toDeclare = new ArrayList<>();
		List<String> evaluators = new ArrayList<>();
		List<String> conflicted = new ArrayList<>();
		for (String member : members) {
			ConflictDeclaration declaration = declared.get(member);
			(declaration == null ? toDeclare : declaration.isConflicted() ? conflicted : evaluators).add(member);
		}
		String chair = notice.chair();
		for (PanelAppointment appointment : appointed) {
			chair = appointment.getChair() != null ? appointment.getChair() : chair;
		}
		return new PanelSettlement(toDeclare, evaluators, conflicted, evaluators.contains(chair) ? chair : null,
				Math.max(0, settings.panelMinimumMembers() - evaluators.size()));
	}

	/** Checks a declaration without saving it (for the task form). */
	@Transactional(readOnly = true)
	public void check(long applicationId, String member, Relationship relationship, String details) {
		if (!settle(applicationId).toDeclare().contains(member)) {
			throw new RuleViolated("rule.declare-once",
					"{0} sits on no panel for this candidate or has declared already.", member);
		}
		if (relationship == Relationship.OTHER && (details == null || details.isBlank())) {
			throw new RuleViolated("rule.declare-other", "Say how you know the candidate.");
		}
	}

	/**
	 * A panel member's declaration.
	 * @param relationship how they know the candidate, or null when they do not
	 */
	@Transactional
	public ConflictDeclaration declare(long applicationId, String member, Relationship relationship, String details) {
		check(applicationId, member, relationship, details);
		String said = details == null || details.isBlank() ? null : details.strip();
		ConflictDeclaration declaration = declarations
			.save(new ConflictDeclaration(applicationId, member, relationship, said, clock.instant()));
		applications.note(applicationId, relationship == null ? "no conflict declared" : "conflict declared", member,
				relationship == null ? null
						: relationship + (said == null ? "" : ": " + said) + " — off this candidate's evaluation");
		return declaration;
	}

	/** Checks an appointment without saving it (for the task form). */
	@Transactional(readOnly = true)
	public void check(long applicationId, String member, String chair) {
		PanelSettlement panel = settle(applicationId);
		if (member != null) {
			if (panel.evaluators().contains(member) || panel.conflicted().contains(member)
					|| panel.toDeclare().contains(member)) {
				throw new RuleViolated("rule.appoint-new", "{0} already sits on this candidate’s panel.", member);
			}
			if (staff.contact(member).isEmpty() || !staff.sitsOnPanels(member)) {
				throw new RuleViolated("rule.appoint-unknown", "{0} is not a member of staff who sits on panels.",
						member);
			}
		}
		else if (panel.membersMissing() > 0) {
			throw new RuleViolated("rule.appoint-member",
					"The panel needs {0,number,#} more member(s) for this candidate: appoint a substitute.",
					panel.membersMissing());
		}
		if (chair == null && panel.chair() == null) {
			throw new RuleViolated("rule.appoint-chair",
					"The chair declared a conflict with this candidate: name a chair for this candidate.");
		}
		if (chair != null && !panel.evaluators().contains(chair) && !chair.equals(member)) {
			throw new RuleViolated("rule.appoint-chair-member",
					"The chair must be a member of this candidate’s panel who declared no conflict.");
		}
	}

	/** HR appoints a substitute member, names a chair for this candidate, or both. */
	@Transactional
	public PanelAppointment appoint(long applicationId, String member, String chair, String actor) {
		check(applicationId, member, chair);
		applications.note(applicationId, "panel completed by HR", actor,
				(member == null ? "" : "substitute member " + member) + (member != null && chair != null ? "; " : "")
						+ (chair == null ? "" : "chair for this candidate " + chair));
		return appointments.save(new PanelAppointment(applicationId, member, chair, actor, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<ConflictDeclaration> declarations(long applicationId) {
		return declarations.findByApplicationIdOrderByDeclaredAtAscIdAsc(applicationId);
	}

	@Transactional(readOnly = true)
	public List<PanelAppointment> appointments(long applicationId) {
		return appointments.findByApplicationIdOrderByAppointedAtAscIdAsc(applicationId);
	}

}
