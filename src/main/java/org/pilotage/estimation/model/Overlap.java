package org.pilotage.estimation.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Hours a day during which two working days run at the same time. The client's day is taken on the start date in
 * its own zone; the provider's days before, on and after that date are laid over it, so that a provider far east
 * or west, or working across midnight, is counted wherever its hours fall. Both days are placed with their zone's
 * rules on that date, daylight saving time included.
 */
final class Overlap {

	private static final double SECONDS_PER_HOUR = 3600;

	private Overlap() {
	}

	static double hours(WorkingHours client, WorkingHours provider, LocalDate date) {
		Instant clientStart = start(client, date);
		Instant clientEnd = end(client, date);
		long seconds = 0;
		for (int shift = -1; shift <= 1; shift++) {
			LocalDate day = date.plusDays(shift);
			Instant from = max(clientStart, start(provider, day));
			Instant to = min(clientEnd, end(provider, day));
			if (from.isBefore(to)) {
				seconds += to.getEpochSecond() - from.getEpochSecond();
			}
		}
		return seconds / SECONDS_PER_HOUR;
	}

	private static Instant start(WorkingHours hours, LocalDate day) {
		return ZonedDateTime.of(day, hours.start(), hours.zone()).toInstant();
	}

	private static Instant end(WorkingHours hours, LocalDate day) {
		LocalDate endDay = hours.end().isBefore(hours.start()) ? day.plusDays(1) : day;
		return ZonedDateTime.of(endDay, hours.end(), hours.zone()).toInstant();
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
