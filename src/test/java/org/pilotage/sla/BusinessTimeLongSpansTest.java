package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.pilotage.sla.BusinessCalendar.Interval;

/**
 * {@link BusinessTime} over long spans (up to 400 days, and decades), from and to the very instants where work
 * starts, stops or the clocks change, against a reference that cuts time at every instant where the wall clock may
 * start or stop working (each local day's interval bounds and midnights under each offset of the zone, and the
 * changes of offset) and asks the wall clock once per piece: exact to the second, and fast enough for a year.
 * Cases are seeded; a failure names its seed.
 */
class BusinessTimeLongSpansTest {

	/** With and without daylight saving, changes at midnight (Santiago), half an hour (Lord Howe), negative (Dublin). */
	private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"),
			ZoneId.of("America/Santiago"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Europe/Dublin"),
			ZoneId.of("Pacific/Chatham"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Indian/Antananarivo"),
			ZoneId.of("UTC"));

	private static final long DAY = 86_400;

	private static final long FROM = Instant.parse("2025-03-01T00:00:00Z").getEpochSecond();

	@Test
	void spansOfUpTo400DaysAgreeWithTheWallClockCutAtItsChanges() {
		for (long seed = 1_000_001; seed <= 1_001_000; seed++) {
			Random random = new Random(seed);
			BusinessCalendar calendar = calendar(random);
			BusinessTime time = new BusinessTime(calendar);
			long start = instant(random, calendar, FROM + (long) (random.nextDouble() * 730 * DAY));
			long end = instant(random, calendar, start + (long) (random.nextDouble() * 400 * DAY));
			long expected = assertBetween(seed, calendar, time, start, end);
			if (expected > 0) {
				assertAdd(seed, calendar, time, start, 1 + random.nextLong(expected));
			}
		}
	}

	@Test
	void spansOfDecadesAndInstantsFarApartOnOneInstanceAreCountedAlike() {
		for (long seed = 2_000_001; seed <= 2_000_008; seed++) {
			Random random = new Random(seed);
			BusinessCalendar calendar = calendar(random);
			BusinessTime time = new BusinessTime(calendar);
			// the table kept is filled around 2026 first, then asked for 1995 to 2040 (beyond what it keeps)
			long around = FROM + (long) (random.nextDouble() * 365 * DAY);
			assertBetween(seed, calendar, time, around, around + 30 * DAY);
			long start = Instant.parse("1995-01-01T00:00:00Z").getEpochSecond() + (long) (random.nextDouble() * 365 * DAY);
			long end = start + (long) ((45 + random.nextDouble()) * 365 * DAY);
			assertBetween(seed, calendar, time, start, end);
			// 20 hours: within three years of any week that works (15 minutes a week at the least)
			if (calendar.week().values().stream().anyMatch(intervals -> !intervals.isEmpty())) {
				assertAdd(seed, calendar, time, end - (long) (random.nextDouble() * 365 * DAY),
						1 + random.nextInt(20 * 3600));
			}
		}
	}

	@Test
	void oneInstanceSharedByThreadsAnswersWhatFreshInstancesAnswer() throws Exception {
		BusinessCalendar calendar = calendar(new Random(3_000_000));
		BusinessTime shared = new BusinessTime(calendar);
		int queries = 500;
		long[][] starts = new long[4][queries];
		long[][] ends = new long[4][queries];
		long[][] expected = new long[4][queries];
		Random random = new Random(3_000_001);
		for (int thread = 0; thread < 4; thread++) {
			for (int n = 0; n < queries; n++) {
				// spread over 2020 to 2033, so that the threads grow the kept table concurrently
				starts[thread][n] = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond()
						+ (long) (random.nextDouble() * 13 * 365 * DAY);
				ends[thread][n] = starts[thread][n] + (long) (random.nextDouble() * 60 * DAY);
				expected[thread][n] = new BusinessTime(calendar).between(Instant.ofEpochSecond(starts[thread][n]),
						Instant.ofEpochSecond(ends[thread][n]));
			}
		}
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<long[]>> answers = new ArrayList<>();
			for (int thread = 0; thread < 4; thread++) {
				int t = thread;
				answers.add(threads.submit(() -> {
					long[] got = new long[queries];
					for (int n = 0; n < queries; n++) {
						got[n] = shared.between(Instant.ofEpochSecond(starts[t][n]), Instant.ofEpochSecond(ends[t][n]));
					}
					return got;
				}));
			}
			for (int thread = 0; thread < 4; thread++) {
				assertThat(answers.get(thread).get()).isEqualTo(expected[thread]);
			}
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void addLooksThreeYearsAheadOfItsStartDayAndNoFurther() {
		// nothing but an exceptional opening on Wednesday 10 June 2026, 09:00–12:00 in Paris (07:00–10:00 UTC)
		LocalDate opened = LocalDate.of(2026, 6, 10);
		BusinessTime time = new BusinessTime(new BusinessCalendar(ZoneId.of("Europe/Paris"), Map.of(), Set.of(),
				Map.of(opened, List.of(new Interval(9 * 3600, 12 * 3600)))));
		// the day of the start and the next MAX_DAYS - 1 days are searched
		Instant lastStart = opened.minusDays(BusinessTime.MAX_DAYS - 1).atStartOfDay(ZoneId.of("Europe/Paris"))
			.toInstant();
		assertThat(time.add(lastStart, 3 * 3600)).isEqualTo(Instant.parse("2026-06-10T10:00:00Z"));
		assertThat(time.add(lastStart.plusSeconds(86_399), 3 * 3600)).isEqualTo(Instant.parse("2026-06-10T10:00:00Z"));
		assertThatThrownBy(() -> time.add(lastStart.minusSeconds(1), 1)).as("from the day before, in Paris")
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within three years");
		assertThatThrownBy(() -> time.add(lastStart, 3 * 3600 + 1)).isInstanceOf(IllegalArgumentException.class);
		assertThat(time.between(lastStart, Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(3 * 3600);
	}

	/** {@code between} against the reference; gives the reference's answer. */
	private static long assertBetween(long seed, BusinessCalendar calendar, BusinessTime time, long start, long end) {
		long expected = referenceBetween(calendar, start, end);
		assertThat(time.between(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end)))
			.as("seed %d: %s from %s to %s", seed, calendar, Instant.ofEpochSecond(start), Instant.ofEpochSecond(end))
			.isEqualTo(expected);
		return expected;
	}

	/** {@code add} against the reference, and {@code between} giving its seconds back. */
	private static void assertAdd(long seed, BusinessCalendar calendar, BusinessTime time, long start, long seconds) {
		Instant due = time.add(Instant.ofEpochSecond(start), seconds);
		assertThat(due.getEpochSecond())
			.as("seed %d: %s + %d s from %s", seed, calendar, seconds, Instant.ofEpochSecond(start))
			.isEqualTo(referenceAdd(calendar, start, seconds));
		assertThat(time.between(Instant.ofEpochSecond(start), due)).as("seed %d", seed).isEqualTo(seconds);
	}

	/**
	 * A calendar of the properties test in one of {@link #ZONES}, with up to 20 more closed days and 4 more
	 * exceptional openings between 2025 and 2028.
	 */
	static BusinessCalendar calendar(Random random) {
		BusinessCalendar drawn = BusinessTimePropertiesTest.calendar(random);
		ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
		LocalDate first = LocalDate.of(2025, 1, 1);
		Set<LocalDate> closed = new HashSet<>(drawn.closed());
		for (int n = random.nextInt(21); n > 0; n--) {
			closed.add(first.plusDays(random.nextInt(4 * 365)));
		}
		Map<LocalDate, List<Interval>> openings = new HashMap<>(drawn.openings());
		for (int n = random.nextInt(5); n > 0; n--) {
			LocalDate day = random.nextBoolean() && !closed.isEmpty() ? List.copyOf(closed).get(random.nextInt(closed.size()))
					: first.plusDays(random.nextInt(4 * 365));
			int from = 900 * random.nextInt(90);
			openings.put(day, random.nextInt(5) == 0 ? List.of()
					: List.of(new Interval(from, Math.min(BusinessCalendar.DAY, from + 900 * (1 + random.nextInt(40))))));
		}
		return new BusinessCalendar(zone, drawn.week(), closed, openings);
	}

	/** Near {@code around}: itself, or one of the instants where the wall clock may change, or a second off one. */
	static long instant(Random random, BusinessCalendar calendar, long around) {
		if (random.nextInt(3) == 0) {
			return around;
		}
		long[] changes = changes(calendar, around - 3 * DAY, around + 3 * DAY);
		long change = changes[1 + random.nextInt(changes.length - 2)];
		return change + (random.nextInt(4) == 0 ? random.nextInt(3) - 1 : 0);
	}

	/**
	 * {@code from}, {@code to} and the instants between them where the wall clock may start or stop working, sorted:
	 * the changes of offset, and each interval bound and midnight of each local day under each offset the zone has
	 * then. Between two of them the offset is constant and the local time crosses no bound, so the wall clock's
	 * answer holds for the whole piece.
	 */
	static long[] changes(BusinessCalendar calendar, long from, long to) {
		ZoneRules rules = calendar.zone().getRules();
		TreeSet<Long> points = new TreeSet<>(List.of(from, to));
		Set<ZoneOffset> offsets = new HashSet<>(Set.of(rules.getOffset(Instant.ofEpochSecond(from))));
		for (ZoneOffsetTransition change = rules.nextTransition(Instant.ofEpochSecond(from)); change != null
				&& change.toEpochSecond() < to; change = rules.nextTransition(change.getInstant())) {
			points.add(change.toEpochSecond());
			offsets.add(change.getOffsetAfter());
		}
		Set<Integer> bounds = new TreeSet<>(Set.of(0));
		for (DayOfWeek day : DayOfWeek.values()) {
			for (Interval interval : calendar.week().get(day)) {
				bounds.add(interval.start());
				bounds.add(interval.end() % BusinessCalendar.DAY);
			}
		}
		calendar.openings().values().forEach(intervals -> intervals.forEach(interval -> {
			bounds.add(interval.start());
			bounds.add(interval.end() % BusinessCalendar.DAY);
		}));
		for (long day = Math.floorDiv(from, DAY) - 2; day <= Math.floorDiv(to, DAY) + 2; day++) {
			for (ZoneOffset offset : offsets) {
				for (int bound : bounds) {
					long point = day * DAY - offset.getTotalSeconds() + bound;
					if (point > from && point < to) {
						points.add(point);
					}
				}
			}
		}
		return points.stream().mapToLong(Long::longValue).toArray();
	}

	static long referenceBetween(BusinessCalendar calendar, long from, long to) {
		if (to <= from) {
			return 0;
		}
		long[] points = changes(calendar, from, to);
		long seconds = 0;
		for (int n = 0; n + 1 < points.length; n++) {
			if (BusinessTimePropertiesTest.working(calendar, Instant.ofEpochSecond(points[n]))) {
				seconds += points[n + 1] - points[n];
			}
		}
		return seconds;
	}

	static long referenceAdd(BusinessCalendar calendar, long start, long seconds) {
		long left = seconds;
		for (long from = start; from < start + 4 * 366 * DAY; from += 30 * DAY) {
			long[] points = changes(calendar, from, from + 30 * DAY);
			for (int n = 0; n + 1 < points.length; n++) {
				long length = points[n + 1] - points[n];
				if (BusinessTimePropertiesTest.working(calendar, Instant.ofEpochSecond(points[n]))) {
					if (length >= left) {
						return points[n] + left;
					}
					left -= length;
				}
			}
		}
		throw new AssertionError("no due instant within four years: " + Arrays.toString(new long[] { start, seconds }));
	}
}
