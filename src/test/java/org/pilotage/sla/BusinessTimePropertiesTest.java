package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pilotage.sla.BusinessCalendar.Interval;

/**
 * {@link BusinessTime} against a reference that walks minute by minute and asks the wall clock, on random
 * calendars (split shifts, night shifts across midnight, closed days, exceptional openings) in zones with and without daylight saving,
 * over spans that often hold a change of the clocks. Each case is drawn from its own seed, which a failure names,
 * so a failing case is replayed by its seed alone.
 */
class BusinessTimePropertiesTest {

	private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("Indian/Antananarivo"),
			ZoneId.of("Asia/Kolkata"), ZoneId.of("Indian/Mauritius"), ZoneId.of("America/New_York"), ZoneId.of("UTC"));

	/** Starts around the 2026 changes of the clocks in Europe and America, and elsewhere in the year. */
	private static final List<Instant> AROUND = List.of(Instant.parse("2026-03-27T00:00:00Z"),
			Instant.parse("2026-10-23T00:00:00Z"), Instant.parse("2026-03-06T00:00:00Z"),
			Instant.parse("2026-10-30T00:00:00Z"), Instant.parse("2026-06-10T00:00:00Z"),
			Instant.parse("2026-12-30T00:00:00Z"));

	@Test
	void betweenAndAddAgreeWithTheMinuteByMinuteReference() {
		for (long seed = 1; seed <= 10_000; seed++) {
			Random random = new Random(seed);
			BusinessCalendar calendar = calendar(random);
			Instant start = AROUND.get(random.nextInt(AROUND.size())).plusSeconds(60L * random.nextInt(4 * 24 * 60));
			Instant end = start.plusSeconds(60L * random.nextInt(3 * 24 * 60 + 1));
			BusinessTime time = new BusinessTime(calendar);

			long expected = referenceBetween(calendar, start, end);
			assertThat(time.between(start, end)).as("seed %d: %s from %s to %s", seed, calendar, start, end)
				.isEqualTo(expected);
			if (expected > 0) {
				long seconds = 60L * (1 + random.nextInt((int) (expected / 60)));
				Instant due = time.add(start, seconds);
				assertThat(due).as("seed %d: %s + %d s from %s", seed, calendar, seconds, start)
					.isEqualTo(referenceAdd(calendar, start, seconds));
				assertThat(time.between(start, due)).as("seed %d", seed).isEqualTo(seconds);
			}
		}
	}

	@Test
	void addThenBetweenGivesTheDurationBackToTheSecond() {
		for (long seed = 1; seed <= 10_000; seed++) {
			Random random = new Random(-seed);
			BusinessCalendar calendar = calendar(random);
			if (!calendar.hasWorkingTime()) {
				continue;
			}
			Instant start = AROUND.get(random.nextInt(AROUND.size())).plusSeconds(random.nextInt(86_400));
			long seconds = (long) random.nextInt(400 * 3600 + 1);
			BusinessTime time = new BusinessTime(calendar);
			Instant due = time.add(start, seconds);
			assertThat(time.between(start, due)).as("seed %d: %s + %d s from %s", -seed, calendar, seconds, start)
				.isEqualTo(seconds);
			if (seconds > 0) {
				assertThat(time.between(start, due.minusSeconds(1))).as("seed %d: earliest", -seed)
					.isEqualTo(seconds - 1);
			}
		}
	}

	/** A random week of 0 to 3 intervals a day on quarter hours, sometimes a night shift, and a few closed days. */
	static BusinessCalendar calendar(Random random) {
		ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
		if (random.nextInt(10) == 0) {
			return BusinessCalendar.allDay(zone);
		}
		Map<DayOfWeek, List<int[]>> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			int count = random.nextInt(4);
			Set<Integer> points = new java.util.TreeSet<>();
			while (points.size() < 2 * count) {
				points.add(random.nextInt(97) * 15 * 60);
			}
			List<Integer> sorted = new ArrayList<>(points);
			List<int[]> intervals = new ArrayList<>();
			for (int n = 0; n + 1 < sorted.size(); n += 2) {
				if (sorted.get(n + 1) > sorted.get(n) && sorted.get(n) < BusinessCalendar.DAY) {
					intervals.add(new int[] { sorted.get(n), sorted.get(n + 1) });
				}
			}
			days.put(day, intervals);
		}
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			List<Interval> intervals = new ArrayList<>();
			List<int[]> today = days.get(day);
			for (int[] interval : today) {
				intervals.add(new Interval(interval[0], interval[1]));
			}
			// a night shift from after the day's last interval to before the next day's first one
			List<int[]> tomorrow = days.get(day.plus(1));
			int after = today.isEmpty() ? 0 : today.get(today.size() - 1)[1];
			int before = tomorrow.isEmpty() ? BusinessCalendar.DAY : tomorrow.get(0)[0];
			if (random.nextInt(4) == 0 && after < BusinessCalendar.DAY - 3600 && before > 3600) {
				int from = after + 3600 * (1 + random.nextInt(Math.max(1, (BusinessCalendar.DAY - after) / 3600 - 1)));
				int to = 900 * (1 + random.nextInt(Math.max(1, before / 900 - 1)));
				if (from < BusinessCalendar.DAY && to <= before && to < from) {
					intervals.add(new Interval(from, to));
				}
			}
			week.put(day, intervals);
		}
		Set<LocalDate> closed = new HashSet<>();
		for (int n = random.nextInt(4); n > 0; n--) {
			Instant around = AROUND.get(random.nextInt(AROUND.size()));
			closed.add(LocalDate.ofInstant(around, zone).plusDays(random.nextInt(7)));
		}
		// sometimes an exceptional opening, on a closed day or not: its own intervals replace the day's
		Map<LocalDate, List<Interval>> openings = new java.util.HashMap<>();
		for (int n = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; n > 0; n--) {
			LocalDate day = random.nextBoolean() && !closed.isEmpty() ? closed.iterator().next()
					: LocalDate.ofInstant(AROUND.get(random.nextInt(AROUND.size())), zone).plusDays(random.nextInt(7));
			int from = 900 * random.nextInt(90);
			openings.put(day, random.nextInt(5) == 0 ? List.of()
					: List.of(new Interval(from, Math.min(BusinessCalendar.DAY, from + 900 * (1 + random.nextInt(40))))));
		}
		try {
			return new BusinessCalendar(zone, week, closed, openings);
		}
		catch (IllegalArgumentException overlapping) {
			return BusinessCalendar.allDay(zone);
		}
	}

	/** Whether the wall clock says the calendar works at this instant. */
	static boolean working(BusinessCalendar calendar, Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, calendar.zone());
		int second = local.toLocalTime().toSecondOfDay();
		List<Interval> opening = calendar.openings().get(local.toLocalDate());
		if (opening != null) {
			return opening.stream().anyMatch(interval -> second >= interval.start() && second < interval.end());
		}
		if (calendar.closed().contains(local.toLocalDate())) {
			return false;
		}
		boolean spill = !calendar.openings().containsKey(local.toLocalDate().minusDays(1));
		for (Interval interval : calendar.week().get(local.getDayOfWeek())) {
			boolean in = interval.crossesMidnight() ? second >= interval.start()
					: second >= interval.start() && second < interval.end();
			if (in) {
				return true;
			}
		}
		for (Interval interval : calendar.week().get(local.getDayOfWeek().minus(1))) {
			if (spill && interval.crossesMidnight() && second < interval.end()) {
				return true;
			}
		}
		return false;
	}

	static long referenceBetween(BusinessCalendar calendar, Instant start, Instant end) {
		long seconds = 0;
		for (Instant minute = start; minute.isBefore(end); minute = minute.plusSeconds(60)) {
			if (working(calendar, minute)) {
				seconds += 60;
			}
		}
		return seconds;
	}

	static Instant referenceAdd(BusinessCalendar calendar, Instant start, long seconds) {
		long left = seconds;
		Instant minute = start;
		while (left > 0) {
			if (working(calendar, minute)) {
				left -= 60;
			}
			minute = minute.plusSeconds(60);
		}
		return minute;
	}
}
