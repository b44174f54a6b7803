package org.hireflow.vacancy;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.hireflow.platform.PipelineSettings;
import org.hireflow.platform.domain.Actor;
import org.hireflow.platform.domain.NotFound;
import org.hireflow.platform.domain.RuleViolated;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A vacancy's life: drafted, approved by the hiring manager and HR, published until its
 * closing instant, closed, filled post by post, or cancelled. Every step is written to
 * the vacancy's audit trail.
 */
@Service
public class VacancyService {

	private final Vacancies vacancies;

	private final VacancyEvents events;

	private final VacancyWorkflow workflow;

	private final ApplicationEventPublisher publisher;

	private final PipelineSettings settings;

	private final Clock clock;

	VacancyService(Vacancies vacancies, VacancyEvents events, VacancyWorkflow workflow,
			ApplicationEventPublisher publisher, PipelineSettings settings, Clock clock) {
		this.vacancies = vacancies;
		this.events = events;
		this.workflow = workflow;
		this.publisher = publisher;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public Vacancy draft(VacancyDraft draft, String staffUser) {
		draft.panel().validated(settings.panelMinimumMembers());
		if (draft.recruiters().isEmpty()) {
			throw new RuleViolated("rule.recruiter", "A vacancy needs at least one recruiter.");
		}
		String reference = "VN-%d-%04d".formatted(Year.now(clock.withZone(ZoneOffset.UTC)).getValue(),
				vacancies.nextReferenceNumber());
		Vacancy vacancy = vacancies.save(new Vacancy(reference, draft, staffUser, clock.instant()));
		record(vacancy, staffUser, "drafted", null);
		publisher.publishEvent(new PanelAssigned(reference, draft.panel().members()));
		return vacancy;
	}

	/**
	 * Sends the requisition to the hiring manager and HR: the lifecycle process starts.
	 */
	@Transactional
	public Vacancy submitForApproval(String reference, String staffUser) {
		Vacancy vacancy = get(reference);
		vacancy.submitForApproval();
		vacancy.startedAs(workflow.start(vacancy));
		record(vacancy, staffUser, "submitted for approval", null);
		return vacancy;
	}

	@Transactional
	public void recordApproval(long vacancyId, String approverRole, boolean approved, String reason, String actor) {
		if (!approved && (reason == null || reason.isBlank())) {
			throw new RuleViolated("rule.refusal-reason", "A refusal needs a reason.");
		}
		record(get(vacancyId), actor, (approved ? "approved by " : "refused by ") + approverRole, reason);
	}

	@Transactional
	public Vacancy publish(long vacancyId, String actor) {
		Vacancy vacancy = get(vacancyId);
		vacancy.publish(clock.instant());
		record(vacancy, actor, "published", null);
		return vacancy;
	}

	@Transactional
	public Vacancy extendClosingDate(String reference, ZonedDateTime newClosing, String actor) {
		Vacancy vacancy = get(reference);
		Instant previous = vacancy.getClosingAt();
		vacancy.extendClosingDate(newClosing, clock.instant());
		record(vacancy, actor, "closing date extended", previous + " -> " + vacancy.getClosingAt());
		workflow.closingDateChanged(vacancy);
		publisher.publishEvent(new ClosingDateExtended(vacancy.facts(), previous, vacancy.getClosingAt()));
		return vacancy;
	}

	/**
	 * @return whether the vacancy was already filled when its closing date came
	 */
	@Transactional
	public boolean close(long vacancyId) {
		Vacancy vacancy = get(vacancyId);
		vacancy.close();
		record(vacancy, Actor.SYSTEM, "closed", null);
		return vacancy.getStatus() == VacancyStatus.FILLED;
	}

	@Transactional
	public Vacancy readvertise(long vacancyId, ZonedDateTime newClosing, String actor) {
		Vacancy vacancy = get(vacancyId);
		vacancy.readvertise(newClosing, clock.instant());
		record(vacancy, actor, "re-advertised", "closing " + vacancy.getClosingAt());
		return vacancy;
	}

	/** One more candidate was hired; when the last post is filled the lifecycle ends. */
	@Transactional
	public void recordHire(long vacancyId) {
		Vacancy vacancy = get(vacancyId);
		boolean filled = vacancy.recordHire();
		record(vacancy, Actor.SYSTEM, "post filled", vacancy.getFilledPosts() + " of " + vacancy.getPosts());
		if (filled) {
			workflow.filled(vacancy);
		}
	}

	@Transactional
	public void reserveListExhausted(long vacancyId) {
		Vacancy vacancy = get(vacancyId);
		record(vacancy, Actor.SYSTEM, "reserve list exhausted", null);
		workflow.reserveListExhausted(vacancy);
	}

	/**
	 * A staff decision to cancel: the lifecycle process (when running) takes it from
	 * here.
	 */
	@Transactional
	public void cancel(String reference, String reason, String actor) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolated("rule.cancellation-reason", "A cancellation needs a reason.");
		}
		Vacancy vacancy = get(reference);
		if (vacancy.getProcessInstanceId() == null) {
			markCancelled(vacancy.getId(), reason, actor);
		}
		else {
			vacancy.cancel(); // fails early if the status does not allow it
			workflow.cancelled(vacancy, reason, actor);
		}
	}

	/**
	 * Records the cancellation and tells every running application. Called by the
	 * lifecycle process.
	 */
	@Transactional
	public void markCancelled(long vacancyId, String reason, String actor) {
		Vacancy vacancy = get(vacancyId);
		if (vacancy.getStatus() != VacancyStatus.CANCELLED) {
			vacancy.cancel();
		}
		record(vacancy, actor, "cancelled", reason);
		publisher.publishEvent(new VacancyCancelled(vacancy.getId(), vacancy.getReference(), reason, actor));
	}

	@Transactional
	public Vacancy replacePanel(String reference, Panel panel, String actor) {
		Vacancy vacancy = get(reference);
		vacancy.replacePanel(panel.validated(settings.panelMinimumMembers()));
		record(vacancy, actor, "panel set", String.join(", ", panel.members()) + " (chair " + panel.chair() + ")");
		publisher.publishEvent(new PanelAssigned(reference, panel.members()));
		return vacancy;
	}

	@Transactional(readOnly = true)
	public Vacancy get(String reference) {
		return vacancies.findByReference(reference).orElseThrow(() -> new NotFound("Vacancy", reference));
	}

	@Transactional(readOnly = true)
	public Vacancy get(long id) {
		return vacancies.findById(id).orElseThrow(() -> new NotFound("Vacancy", String.valueOf(id)));
	}

	/**
	 * Published vacancies whose closing instant has not come yet, soonest closing first.
	 */
	@Transactional(readOnly = true)
	public List<Vacancy> openVacancies() {
		return vacancies.findOpenAt(clock.instant());
	}

	@Transactional(readOnly = true)
	public Page<Vacancy> search(VacancyStatus status, Pageable pageable) {
		return status == null ? vacancies.findAll(pageable) : vacancies.findByStatus(status, pageable);
	}

	@Transactional(readOnly = true)
	public List<VacancyEvent> history(long vacancyId) {
		return events.findByVacancyIdOrderByOccurredAtAscIdAsc(vacancyId);
	}

	private void record(Vacancy vacancy, String actor, String action, String detail) {
		events.save(new VacancyEvent(vacancy.getId(), clock.instant(), actor, action, detail));
	}

}
