package org.hireflow.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as a reader in that language expects them, with the time zone named.
 */
final class Formats {

	private Formats() {
	}

	static String dateTime(ZonedDateTime time, Locale locale) {
		return time
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale))
				+ " (" + time.getZone().getId() + ")";
	}

	static String dateTime(Instant instant, ZoneId zone, Locale locale) {
		return dateTime(instant.atZone(zone), locale);
	}

	static String date(LocalDate date, Locale locale) {
		return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

}
