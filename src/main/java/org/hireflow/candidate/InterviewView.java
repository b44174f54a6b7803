package org.hireflow.candidate;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.hireflow.interview.Interview;

/**
 * An interview as the status page shows it: the day and time in the interview's own time
 * zone, named, in the candidate's language; the place or the video link.
 */
record InterviewView(String day, String time, String timeZone, int durationMinutes, String location, String videoLink) {

	static InterviewView of(Interview interview, Locale locale) {
		var startsAt = interview.getStartsAt();
		return new InterviewView(
				startsAt.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale)),
				startsAt.format(DateTimeFormatter.ofPattern("HH:mm")), startsAt.getZone().getId(),
				interview.getDurationMinutes(), interview.getLocation(), interview.getVideoLink());
	}

}
