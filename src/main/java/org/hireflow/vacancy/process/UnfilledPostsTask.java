package org.hireflow.vacancy.process;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hireflow.platform.process.Actors;
import org.hireflow.platform.process.EngineClock;
import org.hireflow.platform.process.ProcessIds;
import org.hireflow.platform.process.TaskInputRejected;
import org.hireflow.platform.process.TaskInputs;
import org.hireflow.platform.process.UserTaskHandler;
import org.hireflow.vacancy.Vacancy;
import org.hireflow.vacancy.VacancyService;

import org.springframework.stereotype.Component;

/**
 * The reserve list ran out with posts unfilled: the hiring manager re-advertises (with a
 * new closing date in the vacancy's time zone) or closes the competition (with a reason).
 */
@Component("unfilledPostsTask")
class UnfilledPostsTask extends UserTaskHandler<UnfilledPostsTask.Choice> {

	record Choice(boolean readvertise, ZonedDateTime newClosingAt, String reason) {
	}

	private final VacancyService vacancies;

	UnfilledPostsTask(VacancyService vacancies) {
		this.vacancies = vacancies;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(ProcessIds.TASK_DECIDE_ON_UNFILLED_POSTS);
	}

	@Override
	public Set<String> inputs() {
		return Set.of("readvertise", "newClosingAt", "reason");
	}

	@Override
	protected Choice command(DelegateTask task, TaskInputs inputs) {
		boolean readvertise = inputs.bool("readvertise");
		if (readvertise) {
			ZoneId zone = vacancies.get(vacancyId(task)).getTimeZone();
			ZonedDateTime closing = inputs.dateTime("newClosingAt").atZone(zone);
			if (!closing.toInstant().isAfter(EngineClock.now())) {
				throw new TaskInputRejected("newClosingAt", "refusal.future", "must be in the future");
			}
			return new Choice(true, closing, null);
		}
		String reason = inputs.optionalText("reason", 1000);
		if (reason == null) {
			throw new TaskInputRejected("reason", "refusal.required-to-close",
					"is required when closing the competition");
		}
		return new Choice(false, null, reason);
	}

	@Override
	protected void apply(DelegateTask task, Choice choice) {
		long vacancyId = vacancyId(task);
		String actor = Actors.of(task);
		if (choice.readvertise()) {
			Vacancy vacancy = vacancies.readvertise(vacancyId, choice.newClosingAt(), actor);
			task.getExecution().setVariable(ProcessIds.VAR_CLOSING_AT, Date.from(vacancy.getClosingAt()));
		}
		else {
			vacancies.markCancelled(vacancyId, "Closed unfilled: " + choice.reason(), actor);
		}
		task.getExecution().setVariable(ProcessIds.VAR_READVERTISE, choice.readvertise());
	}

}
