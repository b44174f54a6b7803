package org.hireflow.interview.process;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.interview.ConflictsOfInterest;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;

import org.springframework.stereotype.Component;

/**
 * HR completes one candidate's panel after declared conflicts: a substitute
 * {@code member} (a user id; required when the panel is short) and/or the {@code chair}
 * for this candidate (required when the chair declared a conflict).
 */
@Component("panelAppointmentTask")
class PanelAppointmentTask extends UserTaskHandler<PanelAppointmentTask.Appointment> {

	record Appointment(String member, String chair) {
	}

	private final ConflictsOfInterest conflicts;

	PanelAppointmentTask(ConflictsOfInterest conflicts) {
		this.conflicts = conflicts;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_APPOINT_PANEL_MEMBER);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("member", "chair");
	}

	@Override
	protected Appointment command(DelegateTask task, TaskInputs inputs) {
		Appointment appointment = new Appointment(inputs.optionalText("member", 64), inputs.optionalText("chair", 64));
		conflicts.check(applicationId(task), appointment.member(), appointment.chair());
		return appointment;
	}

	@Override
	protected void apply(DelegateTask task, Appointment appointment) {
		conflicts.appoint(applicationId(task), appointment.member(), appointment.chair(), Actors.of(task));
	}

}
