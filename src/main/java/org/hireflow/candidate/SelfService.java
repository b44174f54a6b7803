package org.hireflow.candidate;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.hireflow.application.Application;
import org.hireflow.application.ApplicationService;
import org.hireflow.application.CandidateRecords;
import org.hireflow.application.EmailAddresses;
import org.hireflow.application.StatusTokens;
import org.hireflow.interview.Interview;
import org.hireflow.interview.InterviewService;
import org.hireflow.offer.Offer;
import org.hireflow.offer.OfferService;
import org.hireflow.platform.domain.Actor;
import org.hireflow.platform.domain.OfficialLanguage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.PreDestroy;

/**
 * What a candidate can do with their signed link: look, withdraw, answer an offer, change
 * their own record, get lost links again.
 */
@Service
class SelfService {

	private final StatusTokens tokens;

	private final ApplicationService applications;

	private final OfferService offers;

	private final CandidateRecords records;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	/** One thread, a bounded queue: link requests cannot pile up work or memory. */
	private final ThreadPoolExecutor lostLinkSender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(1000), runnable -> new Thread(runnable, "lost-links"),
			new ThreadPoolExecutor.DiscardPolicy());

	/** This bean through its proxy, so that the later call runs in a transaction. */
	private final ObjectProvider<SelfService> self;

	private final InterviewService interviews;

	SelfService(StatusTokens tokens, ApplicationService applications, OfferService offers, CandidateRecords records,
			InterviewService interviews, ApplicationEventPublisher publisher, Clock clock,
			ObjectProvider<SelfService> self) {
		this.interviews = interviews;
		this.self = self;
		this.tokens = tokens;
		this.applications = applications;
		this.offers = offers;
		this.records = records;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** The candidate's applications still in a competition (erasure waits for them). */
	List<String> running(Application application) {
		return applications.ofCandidateId(application.getCandidate().getId())
			.stream()
			.filter(each -> !each.getStatus().isFinal())
			.map(Application::getReference)
			.toList();
	}

	Optional<Application> open(String token) {
		return tokens.open(token);
	}

	void withdraw(Application application) {
		applications.withdraw(application.getReference(), Actor.CANDIDATE);
	}

	/**
	 * Counts once: the same answer again changes nothing; a different or late one is
	 * refused.
	 */
	@Transactional
	Offer answerOffer(Application application, boolean accept) {
		return offers.answer(application.getReference(), accept);
	}

	Optional<Offer> offer(Application application) {
		return offers.of(application.getId());
	}

	/** The interview the candidate is invited to, unless it was called off. */
	Optional<Interview> interview(Application application) {
		return interviews.of(application.getId())
			.filter(interview -> interview.getStatus() != Interview.Status.CANCELLED);
	}

	void updateRecord(Application application, boolean adoptApplicationDetails, OfficialLanguage correspondence) {
		records.update(application.getReference(), adoptApplicationDetails, correspondence);
	}

	/**
	 * Looks the address up and emails its links after the caller has had its answer, so
	 * that the answer takes the same time whether or not the address has applications. A
	 * full queue drops the request (the page still says "if we have applications…").
	 */
	void requestLinksLater(String email, Locale locale) {
		lostLinkSender.execute(() -> self.getObject().requestLinks(email, locale));
	}

	/** At most one email per address every ten minutes, whatever is asked. */
	@Transactional
	public void requestLinks(String email, Locale locale) {
		String normalised = EmailAddresses.normalise(email);
		long window = clock.instant().getEpochSecond() / 600;
		publisher.publishEvent(new StatusLinksRequested(normalised, locale, "links:" + normalised + ":" + window));
	}

	@PreDestroy
	void stopSending() throws InterruptedException {
		lostLinkSender.shutdown();
		lostLinkSender.awaitTermination(10, TimeUnit.SECONDS);
	}

}
