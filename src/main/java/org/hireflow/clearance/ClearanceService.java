package org.hireflow.clearance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.hireflow.application.ApplicationService;
import org.hireflow.offer.OfferService;
import org.hireflow.platform.PipelineSettings;
import org.hireflow.platform.domain.NotFound;
import org.hireflow.platform.domain.RuleViolated;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ClearanceService {

	private final Clearances clearances;

	private final ApplicationService applications;

	private final OfferService offers;

	private final PipelineSettings settings;

	private final Clock clock;

	ClearanceService(Clearances clearances, ApplicationService applications, OfferService offers,
			PipelineSettings settings, Clock clock) {
		this.clearances = clearances;
		this.applications = applications;
		this.offers = offers;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * When the application's clearances are due: the configured lead before the offer's
	 * start date (at the start of that day, UTC), or now if that has already passed.
	 */
	@Transactional(readOnly = true)
	public Instant due(long applicationId) {
		return due(offers.of(applicationId)
			.orElseThrow(() -> new NotFound("Offer", String.valueOf(applicationId)))
			.getStartDate());
	}

	/** As {@link #due(long)}, for a start date. */
	public Instant due(LocalDate startDate) {
		Instant due = startDate.atStartOfDay(ZoneOffset.UTC).toInstant().minus(settings.clearanceLead());
		Instant now = clock.instant();
		return due.isBefore(now) ? now : due;
	}

	public static void check(boolean cleared, String reason) {
		if (!cleared && (reason == null || reason.isBlank())) {
			throw new RuleViolated("rule.clearance-reason", "A failed clearance needs a reason.");
		}
	}

	@Transactional
	public Clearance record(long applicationId, Clearance.Kind kind, boolean cleared, String reason, String hrOfficer) {
		check(cleared, reason);
		applications.get(applicationId); // the application exists
		return clearances.save(new Clearance(applicationId, kind, cleared, reason, hrOfficer, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Clearance> of(long applicationId) {
		return clearances.findByApplicationId(applicationId);
	}

}
