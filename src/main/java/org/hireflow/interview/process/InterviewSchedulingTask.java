package org.hireflow.interview.process;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.interview.Interview;
import org.hireflow.interview.InterviewService;
import org.hireflow.interview.Slot;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputRejected;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;
import org.hireflow.vacancy.Panel;

import org.springframework.stereotype.Component;

/**
 * Scheduling the panel interview: {@code startsAt} (local date-time) in {@code timeZone},
 * {@code durationMinutes}, a {@code location} and/or {@code videoLink}; optionally
 * {@code panelMembers} (comma-separated user ids) and {@code panelChair} to adjust the
 * vacancy's panel for this interview.
 */
@Component("interviewSchedulingTask")
class InterviewSchedulingTask extends UserTaskHandler<InterviewSchedulingTask.Schedule> {

	record Schedule(Slot slot, Panel panel) {
	}

	private final InterviewService interviews;

	InterviewSchedulingTask(InterviewService interviews) {
		this.interviews = interviews;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_SCHEDULE_INTERVIEW);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("startsAt", "timeZone", "durationMinutes", "location", "videoLink", "panelMembers", "panelChair");
	}

	@Override
	protected Schedule command(DelegateTask task, TaskInputs inputs) {
		ZoneId zone;
		try {
			zone = ZoneId.of(inputs.text("timeZone", 64));
		}
		catch (DateTimeException ex) {
			throw new TaskInputRejected("timeZone", "refusal.time-zone", "is not a time zone such as Europe/Brussels");
		}
		int duration = inputs.has("durationMinutes") ? inputs.integer("durationMinutes", 15, 240) : 60;
		Slot slot = new Slot(inputs.dateTime("startsAt").atZone(zone), duration, inputs.optionalText("location", 300),
				inputs.optionalText("videoLink", 500));
		Panel panel = interviews.defaultPanel(applicationId(task));
		if (inputs.has("panelMembers")) {
			List<String> members = new ArrayList<>(Arrays.stream(inputs.text("panelMembers", 1000).split("[,\\s]+"))
				.filter(member -> !member.isBlank())
				.toList());
			panel = new Panel(members, inputs.has("panelChair") ? inputs.text("panelChair", 64) : panel.chair());
		}
		interviews.check(applicationId(task), slot, panel);
		return new Schedule(slot, panel);
	}

	@Override
	protected void apply(DelegateTask task, Schedule schedule) {
		Interview interview = interviews.schedule(applicationId(task), schedule.slot(), schedule.panel(),
				Actors.of(task));
		task.getExecution().setVariable(ProcessIds.VAR_INTERVIEW_AT, Date.from(interview.getStartsAt().toInstant()));
		task.getExecution().setVariable(ProcessIds.VAR_PANEL, new ArrayList<>(interview.getPanelMembers()));
		task.getExecution().setVariable(ProcessIds.VAR_PANEL_CHAIR, interview.getChair());
	}

}
