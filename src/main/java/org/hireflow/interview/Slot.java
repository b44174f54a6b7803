package org.hireflow.interview;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.hireflow.platform.domain.RuleViolated;

/**
 * When and where an interview takes place: a start in a time zone, a duration, and a
 * place or a video link (https).
 */
public record Slot(ZonedDateTime startsAt, int durationMinutes, String location, String videoLink) {

	/**
	 * @throws RuleViolated when the slot is in the past, too far ahead, too short or
	 * long, or nowhere
	 */
	public Slot validated(Instant now) {
		if (!startsAt.toInstant().isAfter(now)) {
			throw new RuleViolated("rule.interview-future", "The interview must start in the future.");
		}
		if (startsAt.toInstant().isAfter(now.plusSeconds(366L * 24 * 3600))) {
			throw new RuleViolated("rule.interview-within-year", "The interview must start within a year.");
		}
		if (durationMinutes < 15 || durationMinutes > 240) {
			throw new RuleViolated("rule.interview-duration", "An interview lasts from 15 to 240 minutes.");
		}
		boolean hasPlace = location != null && !location.isBlank();
		boolean hasLink = videoLink != null && !videoLink.isBlank();
		if (!hasPlace && !hasLink) {
			throw new RuleViolated("rule.interview-place", "Give a place or a video link.");
		}
		if (hasPlace && location.length() > 300) {
			throw new RuleViolated("rule.interview-place-length", "The place may have at most 300 characters.");
		}
		if (hasLink && !isHttpsUrl(videoLink)) {
			throw new RuleViolated("rule.interview-video-link", "The video link must be an https address.");
		}
		return this;
	}

	public ZoneId zone() {
		return startsAt.getZone();
	}

	private static boolean isHttpsUrl(String link) {
		try {
			URI uri = URI.create(link.strip());
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && link.length() <= 500;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
