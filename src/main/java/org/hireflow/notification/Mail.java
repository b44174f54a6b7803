package org.hireflow.notification;

/**
 * One composed email: rendered subject and parts, and an optional calendar object
 * (iCalendar text with its METHOD, REQUEST or CANCEL).
 */
public record Mail(String kind, String recipient, String recipientName, String language, String subject, String text,
		String html, String calendar, String calendarMethod) {
}
