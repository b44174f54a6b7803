package org.hireflow.clearance;

import java.time.Clock;
import java.util.List;

import org.hireflow.application.ApplicationService;
import org.hireflow.platform.domain.RuleViolated;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ClearanceService {

	private final Clearances clearances;

	private final ApplicationService applications;

	private final Clock clock;

	ClearanceService(Clearances clearances, ApplicationService applications, Clock clock) {
		this.clearances = clearances;
		this.applications = applications;
		this.clock = clock;
	}

	public static void check(boolean cleared, String reason) {
		if (!cleared && (reason == null || reason.isBlank())) {
			throw new RuleViolated("A failed clearance needs a reason.");
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
