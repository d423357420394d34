package org.pilotage.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When work counts: per weekday any number of working intervals of local wall-clock time, in an IANA zone, less
 * closed days (public holidays, custom closures). An interval is half-open {@code [start, end)} in seconds of the
 * day; an end at or before its start crosses midnight into the next day ({@code 22:00–06:00}); an end of 86,400
 * is 24:00. A closed day has no working time at all, including the part of a night shift that spills into it.
 * A 24×7 calendar is every day {@code [0, 86400)}.
 *
 * <p>An exceptional opening gives one local day its own intervals (not crossing midnight) in place of everything the
 * week would give it, the night shift spilling from the day before included; it wins over a closure of that day, so
 * that an administrator can open on a public holiday. The week's night shift of an exceptional day does not spill
 * into the next day.
 *
 * <p>Membership is by local wall-clock time: on the day clocks go forward the skipped hour works nowhere, and on
 * the day they go back the repeated hour works twice if its local time is in an interval.
 */
public record BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Interval>> week, Set<LocalDate> closed,
		Map<LocalDate, List<Interval>> openings) {

	/** Seconds of a day. */
	static final int DAY = 86_400;

	/** {@code [start, end)} in seconds of the local day; {@code end <= start} crosses midnight. */
	public record Interval(int start, int end) {

		public Interval {
			if (start < 0 || start >= DAY) {
				throw new IllegalArgumentException("an interval starts between 00:00 and 23:59:59");
			}
			if (end <= 0 || end > DAY) {
				throw new IllegalArgumentException("an interval ends after 00:00 and at 24:00 at the latest");
			}
			if (end == start) {
				throw new IllegalArgumentException("an interval cannot last a whole day and start where it ends");
			}
		}

		boolean crossesMidnight() {
			return end < start;
		}
	}

	public BusinessCalendar {
		Map<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			List<Interval> intervals = new ArrayList<>(week.getOrDefault(day, List.of()));
			intervals.sort(Comparator.comparingInt(Interval::start));
			copy.put(day, List.copyOf(intervals));
		}
		for (DayOfWeek day : DayOfWeek.values()) {
			checkNoOverlap(day, copy);
		}
		week = Map.copyOf(copy);
		closed = Set.copyOf(closed);
		Map<LocalDate, List<Interval>> days = new HashMap<>();
		openings.forEach((day, intervals) -> days.put(day, openingOf(day, intervals)));
		openings = Map.copyOf(days);
	}

	/** A calendar without exceptional openings. */
	public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<Interval>> week, Set<LocalDate> closed) {
		this(zone, week, closed, Map.of());
	}

	/** Every day, all day. */
	public static BusinessCalendar allDay(ZoneId zone) {
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, List.of(new Interval(0, DAY)));
		}
		return new BusinessCalendar(zone, week, Set.of());
	}

	/**
	 * The working parts of a local day in seconds of that day, sorted: its exceptional opening, nothing when it is
	 * closed, else its weekday's intervals and the night shift spilling from the day before (unless that day has an
	 * exceptional opening).
	 */
	List<int[]> partsOn(LocalDate day) {
		List<Interval> opening = openings.get(day);
		if (opening != null) {
			List<int[]> parts = new ArrayList<>();
			for (Interval interval : opening) {
				parts.add(new int[] { interval.start(), interval.end() });
			}
			return parts;
		}
		if (closed.contains(day)) {
			return List.of();
		}
		return parts(day.getDayOfWeek(), week, !openings.containsKey(day.minusDays(1)));
	}

	boolean hasWorkingTime() {
		return week.values().stream().anyMatch(intervals -> !intervals.isEmpty())
				|| openings.values().stream().anyMatch(intervals -> !intervals.isEmpty());
	}

	private static List<Interval> openingOf(LocalDate day, List<Interval> intervals) {
		List<Interval> sorted = new ArrayList<>(intervals);
		sorted.sort(Comparator.comparingInt(Interval::start));
		for (int n = 0; n < sorted.size(); n++) {
			if (sorted.get(n).crossesMidnight()) {
				throw new IllegalArgumentException("the exceptional opening of " + day + " cannot cross midnight");
			}
			if (n > 0 && sorted.get(n).start() < sorted.get(n - 1).end()) {
				throw new IllegalArgumentException("the intervals of the exceptional opening of " + day + " overlap");
			}
		}
		return List.copyOf(sorted);
	}

	/** Intervals of a day, and the night shift spilling into it from the day before, must not overlap. */
	private static void checkNoOverlap(DayOfWeek day, Map<DayOfWeek, List<Interval>> week) {
		List<int[]> parts = parts(day, week, true);
		for (int n = 1; n < parts.size(); n++) {
			if (parts.get(n)[0] < parts.get(n - 1)[1]) {
				throw new IllegalArgumentException("the working intervals of " + day + " overlap");
			}
		}
	}

	private static List<int[]> parts(DayOfWeek day, Map<DayOfWeek, List<Interval>> week, boolean spill) {
		List<int[]> parts = new ArrayList<>();
		for (Interval interval : week.get(day)) {
			parts.add(new int[] { interval.start(), interval.crossesMidnight() ? DAY : interval.end() });
		}
		for (Interval interval : week.get(day.minus(1))) {
			if (spill && interval.crossesMidnight()) {
				parts.add(new int[] { 0, interval.end() });
			}
		}
		parts.sort(Comparator.comparingInt(part -> part[0]));
		return parts;
	}
}
