package org.hireflow.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** An offer is answered once, before it expires: plain objects, no service started. */
class OfferTests {

	static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");

	static Offer sent() {
		Offer offer = new Offer(1L, new OfferTerms("A.2", 3, LocalDate.of(2027, 4, 1)), "hana", NOW);
		offer.send(NOW, Duration.ofDays(14));
		return offer;
	}

	@Test
	void the_same_answer_again_changes_nothing_another_one_is_refused() {
		Offer offer = sent();

		assertThat(offer.answer(true, NOW.plusSeconds(60))).isTrue();
		assertThat(offer.answer(true, NOW.plusSeconds(120))).isFalse();
		assertThatThrownBy(() -> offer.answer(false, NOW.plusSeconds(180))).isInstanceOf(OfferNotAnswerable.class);
		assertThat(offer.getStatus()).isEqualTo(Offer.Status.ACCEPTED);
	}

	@Test
	void an_answer_at_or_after_the_expiry_is_refused() {
		Offer offer = sent();

		assertThatThrownBy(() -> offer.answer(true, NOW.plus(Duration.ofDays(14))))
			.isInstanceOf(OfferNotAnswerable.class)
			.hasMessageContaining("expired");
	}

	@Test
	void an_offer_is_sent_once() {
		Offer offer = sent();

		assertThatThrownBy(() -> offer.send(NOW, Duration.ofDays(14))).isInstanceOf(OfferNotAnswerable.class);
	}

}
