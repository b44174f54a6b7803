package org.hireflow.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's CV for the staff whose step needs it; whoever opens it is recorded in
 * the same transaction, so a CV is never read without a trace.
 */
@Service
public class CvService {

	private final ApplicationCvs cvs;

	private final CvOpenings openings;

	private final Clock clock;

	CvService(ApplicationCvs cvs, CvOpenings openings, Clock clock) {
		this.cvs = cvs;
		this.openings = openings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean exists(long applicationId) {
		return cvs.existsById(applicationId);
	}

	/**
	 * The CV, recorded as opened by this person from this task; empty if none was sent.
	 */
	@Transactional
	public Optional<Cv> open(long applicationId, String openedBy, String taskKey) {
		return cvs.findById(applicationId).map(cv -> {
			openings.save(new CvOpening(applicationId, openedBy, taskKey, clock.instant()));
			return new Cv(cv.getFileName(), cv.getContent());
		});
	}

	@Transactional(readOnly = true)
	public List<CvOpening> openings(long applicationId) {
		return openings.findByApplicationIdOrderById(applicationId);
	}

}
