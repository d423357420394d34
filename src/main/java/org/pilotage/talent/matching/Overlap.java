package org.pilotage.talent.matching;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Daily overlap between a client's working hours and a candidate's, computed on real instants for each date
 * so that the offsets of that very date, daylight saving time included, apply.
 */
public final class Overlap {

	/** Longest window scanned, in days; a longer window is only scanned over its first 366 days. */
	static final int MAXIMUM_DAYS_SCANNED = Need.MAXIMUM_WINDOW_DAYS;

	private Overlap() {
	}

	/**
	 * The smallest overlap, in hours, over the client's working days (Monday to Friday in the client's zone)
	 * of the inclusive window. Zero when the window holds no working day.
	 */
	public static double minimumDailyHours(WorkingHours client, WorkingHours candidate, LocalDate from,
			LocalDate to) {
		long minimumMinutes = Long.MAX_VALUE;
		LocalDate last = from.plusDays(MAXIMUM_DAYS_SCANNED - 1);
		if (to.isBefore(last)) {
			last = to;
		}
		for (LocalDate date = from; !date.isAfter(last); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				minimumMinutes = Math.min(minimumMinutes, minutesOn(client, candidate, date));
			}
		}
		return minimumMinutes == Long.MAX_VALUE ? 0 : minimumMinutes / 60.0;
	}

	/** Overlap, in hours, of the client's working day starting on {@code date}. */
	public static double dailyHours(WorkingHours client, WorkingHours candidate, LocalDate date) {
		return minutesOn(client, candidate, date) / 60.0;
	}

	/**
	 * The client's day is compared with the candidate's days starting the date before, the same date and the
	 * date after, because with distant zones or a shift crossing midnight any of the three can meet it. The
	 * candidate is assumed to work that shift every date; their own week is not modelled.
	 */
	private static long minutesOn(WorkingHours client, WorkingHours candidate, LocalDate date) {
		Instant clientStart = client.startOn(date);
		Instant clientEnd = client.endOn(date);
		Duration total = Duration.ZERO;
		for (int shift = -1; shift <= 1; shift++) {
			LocalDate candidateDate = date.plusDays(shift);
			Instant start = max(clientStart, candidate.startOn(candidateDate));
			Instant end = min(clientEnd, candidate.endOn(candidateDate));
			if (start.isBefore(end)) {
				total = total.plus(Duration.between(start, end));
			}
		}
		return total.toMinutes();
	}

	private static boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
