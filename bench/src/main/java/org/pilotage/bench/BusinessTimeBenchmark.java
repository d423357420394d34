package org.pilotage.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pilotage.sla.BusinessCalendar;
import org.pilotage.sla.BusinessCalendar.Interval;
import org.pilotage.sla.BusinessTime;

/**
 * {@link BusinessTime#add} and {@link BusinessTime#between} on one thread, each call on the next of 4,096 arguments
 * drawn once (seeded): starts anywhere in 2026, durations from 15 minutes to 5 business days for {@code add}, spans
 * from a minute to 30 days for {@code between}, both log-uniform so that short targets are the most frequent, as in
 * an SLA's goals. Three calendars: a Paris office with split shifts, Saturday mornings, the French public holidays
 * of 2026 and 2027, ten closures and three exceptional openings; a night shift in Kolkata; 24×7 in Paris. And
 * {@code add} on a new instance of the office each time, as an API request with an inline calendar does.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class BusinessTimeBenchmark {

	/** A power of two, so the next argument is an index masked, not a modulo. */
	static final int CASES = 4096;

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");

	static final long YEAR_SECONDS = 365L * 86_400;

	/** Five business days of the office: five days of eight hours. */
	static final long FIVE_BUSINESS_DAYS = 5L * 8 * 3600;

	static final long THIRTY_DAYS = 30L * 86_400;

	BusinessCalendar officeCalendar;

	BusinessTime office;

	BusinessTime nights;

	BusinessTime allDay;

	final Instant[] starts = new Instant[CASES];

	final Instant[] ends = new Instant[CASES];

	final long[] durations = new long[CASES];

	int next;

	@Setup
	public void setUp() {
		officeCalendar = office();
		office = new BusinessTime(officeCalendar);
		nights = new BusinessTime(nights());
		allDay = new BusinessTime(BusinessCalendar.allDay(PARIS));
		Random random = new Random(20260101L);
		for (int n = 0; n < CASES; n++) {
			starts[n] = YEAR_START.plusSeconds((long) (random.nextDouble() * YEAR_SECONDS));
			durations[n] = logUniform(random, 15 * 60, FIVE_BUSINESS_DAYS);
			ends[n] = starts[n].plusSeconds(logUniform(random, 60, THIRTY_DAYS));
		}
	}

	@Benchmark
	public Instant officeAdd() {
		int n = next++ & (CASES - 1);
		return office.add(starts[n], durations[n]);
	}

	/** What a request with its calendar inline pays: a new instance, whose first call works out its days. */
	@Benchmark
	public Instant officeAddOnANewInstance() {
		int n = next++ & (CASES - 1);
		return new BusinessTime(officeCalendar).add(starts[n], durations[n]);
	}

	@Benchmark
	public long officeBetween() {
		int n = next++ & (CASES - 1);
		return office.between(starts[n], ends[n]);
	}

	@Benchmark
	public Instant nightShiftAdd() {
		int n = next++ & (CASES - 1);
		return nights.add(starts[n], durations[n]);
	}

	@Benchmark
	public long nightShiftBetween() {
		int n = next++ & (CASES - 1);
		return nights.between(starts[n], ends[n]);
	}

	@Benchmark
	public Instant allDayAdd() {
		int n = next++ & (CASES - 1);
		return allDay.add(starts[n], durations[n]);
	}

	@Benchmark
	public long allDayBetween() {
		int n = next++ & (CASES - 1);
		return allDay.between(starts[n], ends[n]);
	}

	static long logUniform(Random random, long from, long to) {
		return Math.round(Math.exp(Math.log(from) + random.nextDouble() * (Math.log(to) - Math.log(from))));
	}

	static int at(int hours, int minutes) {
		return hours * 3600 + minutes * 60;
	}

	/**
	 * Monday to Friday 09:00–12:00 and 13:00–18:00, Saturday 09:00–12:00, in Paris; closed on the French public
	 * holidays of 2026 and 2027 and ten days more (bridges, Christmas and New Year's eves), opened on a holiday and
	 * on two Saturday afternoons.
	 */
	static BusinessCalendar office() {
		List<Interval> weekday = List.of(new Interval(at(9, 0), at(12, 0)), new Interval(at(13, 0), at(18, 0)));
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(day, weekday);
		}
		week.put(DayOfWeek.SATURDAY, List.of(new Interval(at(9, 0), at(12, 0))));
		Set<LocalDate> closed = Set.of(
				// public holidays: New Year, Easter Monday, 1 and 8 May, Ascension, Whit Monday, 14 July,
				// 15 August, All Saints, Armistice, Christmas
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8),
				LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 14),
				LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11),
				LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 29),
				LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 8), LocalDate.of(2027, 5, 17),
				LocalDate.of(2027, 7, 14), LocalDate.of(2027, 8, 15), LocalDate.of(2027, 11, 1),
				LocalDate.of(2027, 11, 11), LocalDate.of(2027, 12, 25),
				// the company's own closures
				LocalDate.of(2026, 5, 15), LocalDate.of(2026, 7, 13), LocalDate.of(2026, 8, 14),
				LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 5, 7),
				LocalDate.of(2027, 8, 16), LocalDate.of(2027, 11, 12), LocalDate.of(2027, 12, 24),
				LocalDate.of(2027, 12, 31));
		Map<LocalDate, List<Interval>> openings = new HashMap<>();
		// a release on Armistice Day, and two Saturdays of inventory that last the afternoon too
		openings.put(LocalDate.of(2026, 11, 11), List.of(new Interval(at(9, 0), at(12, 0))));
		openings.put(LocalDate.of(2026, 6, 27), List.of(new Interval(at(9, 0), at(12, 0)), new Interval(at(13, 0),
				at(17, 0))));
		openings.put(LocalDate.of(2026, 12, 19), List.of(new Interval(at(9, 0), at(12, 0)), new Interval(at(13, 0),
				at(17, 0))));
		return new BusinessCalendar(PARIS, week, closed, openings);
	}

	/** Monday to Friday nights, 22:00–06:00 in Kolkata (the shift of Friday ends on Saturday morning). */
	static BusinessCalendar nights() {
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(day, List.of(new Interval(at(22, 0), at(6, 0))));
		}
		return new BusinessCalendar(KOLKATA, week, Set.of(LocalDate.of(2026, 1, 26), LocalDate.of(2026, 8, 15),
				LocalDate.of(2026, 10, 2), LocalDate.of(2027, 1, 26)));
	}
}
