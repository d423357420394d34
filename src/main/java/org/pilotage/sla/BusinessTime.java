package org.pilotage.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Business-time arithmetic on a {@link BusinessCalendar}, exact to the second: {@link #between} counts the
 * working seconds in {@code [start, end)}, {@link #add} finds the earliest instant by which a number of working
 * seconds have passed since a start, so that {@code between(s, add(s, d)) == d}. A day's working instants are
 * found per stretch of constant UTC offset, so days when the clocks change count what the wall clock says.
 */
public final class BusinessTime {

	/** How far {@link #add} looks ahead before it says the calendar never works enough. */
	static final int MAX_DAYS = 3 * 366;

	private final BusinessCalendar calendar;
	private final ZoneRules rules;

	public BusinessTime(BusinessCalendar calendar) {
		this.calendar = calendar;
		this.rules = calendar.zone().getRules();
	}

	/** Working seconds in {@code [start, end)}; 0 when {@code end} is not after {@code start}. */
	public long between(Instant start, Instant end) {
		if (!end.isAfter(start)) {
			return 0;
		}
		long seconds = 0;
		LocalDate day = localDate(start);
		LocalDate last = localDate(end);
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			for (long[] range : working(day)) {
				long from = Math.max(range[0], start.getEpochSecond());
				long to = Math.min(range[1], end.getEpochSecond());
				if (to > from) {
					seconds += to - from;
				}
			}
		}
		return seconds;
	}

	/**
	 * The earliest instant {@code t} with {@code between(start, t) == seconds}: the start itself for 0.
	 *
	 * @throws IllegalArgumentException for negative seconds, or when the calendar does not work that much within
	 *     three years (a calendar without working time, or closed for good)
	 */
	public Instant add(Instant start, long seconds) {
		if (seconds < 0) {
			throw new IllegalArgumentException("seconds must not be negative");
		}
		if (seconds == 0) {
			return start;
		}
		if (!calendar.hasWorkingTime()) {
			throw new IllegalArgumentException("the calendar has no working time");
		}
		long left = seconds;
		LocalDate day = localDate(start);
		for (int n = 0; n < MAX_DAYS; n++, day = day.plusDays(1)) {
			for (long[] range : working(day)) {
				long from = Math.max(range[0], start.getEpochSecond());
				if (range[1] <= from) {
					continue;
				}
				long available = range[1] - from;
				if (available >= left) {
					return Instant.ofEpochSecond(from + left);
				}
				left -= available;
			}
		}
		throw new IllegalArgumentException("the calendar does not work " + seconds + " seconds within three years");
	}

	/** The working ranges of a local day, in epoch seconds, sorted and disjoint. */
	List<long[]> working(LocalDate day) {
		List<long[]> ranges = new ArrayList<>();
		List<int[]> parts = calendar.partsOn(day);
		if (parts.isEmpty()) {
			return ranges;
		}
		long dayStart = day.atStartOfDay(calendar.zone()).toEpochSecond();
		long dayEnd = day.plusDays(1).atStartOfDay(calendar.zone()).toEpochSecond();
		// the day's stretches of constant offset: one, or two around a change of the clocks
		long segmentStart = dayStart;
		while (segmentStart < dayEnd) {
			ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(segmentStart));
			long segmentEnd = next == null ? dayEnd : Math.min(dayEnd, next.getInstant().getEpochSecond());
			ZoneOffset offset = rules.getOffset(Instant.ofEpochSecond(segmentStart));
			long midnight = LocalDateTime.of(day, LocalTime.MIDNIGHT).toEpochSecond(offset);
			for (int[] part : parts) {
				long from = Math.max(midnight + part[0], segmentStart);
				long to = Math.min(midnight + part[1], segmentEnd);
				if (to > from) {
					add(ranges, from, to);
				}
			}
			segmentStart = segmentEnd;
		}
		ranges.sort((a, b) -> Long.compare(a[0], b[0]));
		return ranges;
	}

	private static void add(List<long[]> ranges, long from, long to) {
		ranges.add(new long[] { from, to });
	}

	private LocalDate localDate(Instant instant) {
		return LocalDate.ofInstant(instant, calendar.zone());
	}
}
