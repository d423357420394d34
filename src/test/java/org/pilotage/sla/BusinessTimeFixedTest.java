package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pilotage.sla.BusinessCalendar.Interval;

/** Worked examples: the days Paris changes its clocks, zones without daylight saving, lunch breaks, a new year. */
class BusinessTimeFixedTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static int at(int hours, int minutes) {
		return hours * 3600 + minutes * 60;
	}

	/** Monday to Friday, 09:00–12:00 and 13:00–18:00 (or the given intervals). */
	private static BusinessCalendar office(ZoneId zone, Set<LocalDate> closed, Interval... intervals) {
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		List<Interval> day = intervals.length == 0 ? List.of(new Interval(at(9, 0), at(12, 0)), new Interval(at(13, 0), at(18, 0)))
				: List.of(intervals);
		for (DayOfWeek weekday : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(weekday, day);
		}
		return new BusinessCalendar(zone, week, closed);
	}

	private static BusinessCalendar everyDay(ZoneId zone, Interval interval) {
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek weekday : DayOfWeek.values()) {
			week.put(weekday, List.of(interval));
		}
		return new BusinessCalendar(zone, week, Set.of());
	}

	@Test
	void aRoundTheClockDayInParisLasts23HoursInMarchAnd25InOctober() {
		BusinessTime time = new BusinessTime(BusinessCalendar.allDay(PARIS));
		assertThat(time.between(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T22:00:00Z")))
			.isEqualTo(23 * 3600);
		assertThat(time.between(Instant.parse("2026-10-24T22:00:00Z"), Instant.parse("2026-10-25T23:00:00Z")))
			.isEqualTo(25 * 3600);
	}

	@Test
	void aNightShiftAcrossTheChangeOfTheClocksCountsWhatTheWallClockSays() {
		BusinessTime time = new BusinessTime(everyDay(PARIS, new Interval(at(22, 0), at(6, 0))));
		// 22:00 CET to 06:00 CEST: the hour from 02:00 to 03:00 does not exist
		assertThat(time.between(Instant.parse("2026-03-28T21:00:00Z"), Instant.parse("2026-03-29T04:00:00Z")))
			.isEqualTo(7 * 3600);
		// 22:00 CEST to 06:00 CET: the hour from 02:00 to 03:00 happens twice
		assertThat(time.between(Instant.parse("2026-10-24T20:00:00Z"), Instant.parse("2026-10-25T05:00:00Z")))
			.isEqualTo(9 * 3600);
	}

	@Test
	void fourOfficeHoursFromFridayAfternoonEndOnMondayMorningAfterTheWeekendsChange() {
		BusinessTime time = new BusinessTime(office(PARIS, Set.of()));
		// Friday 27 March 16:00 CET: 2 h on Friday, then Monday 30 March 09:00–11:00 CEST
		assertThat(time.add(Instant.parse("2026-03-27T15:00:00Z"), 4 * 3600))
			.isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
	}

	@Test
	void theLunchBreakIsNotWorked() {
		BusinessTime time = new BusinessTime(office(PARIS, Set.of()));
		// Monday 30 March 10:00 CEST: 10:00–12:00, then 13:00–15:00
		assertThat(time.add(Instant.parse("2026-03-30T08:00:00Z"), 4 * 3600))
			.isEqualTo(Instant.parse("2026-03-30T13:00:00Z"));
		assertThat(time.between(Instant.parse("2026-03-30T10:00:00Z"), Instant.parse("2026-03-30T11:00:00Z")))
			.as("12:00 to 13:00 CEST").isZero();
	}

	@Test
	void zonesWithoutDaylightSavingKeepTheirDays() {
		assertThat(new BusinessTime(BusinessCalendar.allDay(ZoneId.of("Indian/Antananarivo")))
			.between(Instant.parse("2026-03-28T21:00:00Z"), Instant.parse("2026-03-29T21:00:00Z"))).isEqualTo(24 * 3600);
		// Kolkata, 09:30–18:30 IST (UTC+05:30): nine hours from Monday 09:30 end at 18:30
		BusinessTime kolkata = new BusinessTime(office(ZoneId.of("Asia/Kolkata"), Set.of(),
				new Interval(at(9, 30), at(18, 30))));
		assertThat(kolkata.add(Instant.parse("2026-03-30T04:00:00Z"), 9 * 3600))
			.isEqualTo(Instant.parse("2026-03-30T13:00:00Z"));
		// Port Louis (UTC+04:00), a closed Monday counts nothing
		BusinessTime mauritius = new BusinessTime(office(ZoneId.of("Indian/Mauritius"), Set.of(LocalDate.of(2026, 11, 2))));
		assertThat(mauritius.between(Instant.parse("2026-11-01T20:00:00Z"), Instant.parse("2026-11-02T20:00:00Z")))
			.isZero();
	}

	@Test
	void aDayThatNeverHappenedWorksNothing() {
		// Samoa moved across the date line: Thursday 29 December 2011 (UTC-10:00) was followed by Saturday 31 (+14:00)
		ZoneId apia = ZoneId.of("Pacific/Apia");
		assertThat(new BusinessTime(BusinessCalendar.allDay(apia)).between(Instant.parse("2011-12-29T10:00:00Z"),
				Instant.parse("2011-12-31T10:00:00Z"))).as("29 and 31 December, local midnight to midnight")
			.isEqualTo(48 * 3600);
		// Thursday 17:00: one hour on Thursday, no Friday, then Monday 2 January 09:00–10:00 (+14:00)
		BusinessTime office = new BusinessTime(office(apia, Set.of()));
		assertThat(office.add(Instant.parse("2011-12-30T03:00:00Z"), 2 * 3600))
			.isEqualTo(Instant.parse("2012-01-01T20:00:00Z"));
		assertThat(office.between(Instant.parse("2011-12-30T03:00:00Z"), Instant.parse("2012-01-01T20:00:00Z")))
			.isEqualTo(2 * 3600);
	}

	@Test
	void aNewYearClosedDayAndAWeekendAreSkipped() {
		BusinessTime time = new BusinessTime(office(PARIS, Set.of(LocalDate.of(2027, 1, 1))));
		// Thursday 31 December 17:00 CET to Monday 4 January 10:00 CET: 17–18 and 09–10
		assertThat(time.between(Instant.parse("2026-12-31T16:00:00Z"), Instant.parse("2027-01-04T09:00:00Z")))
			.isEqualTo(2 * 3600);
		assertThat(time.add(Instant.parse("2026-12-31T16:00:00Z"), 2 * 3600))
			.isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
	}

	@Test
	void badCalendarsAreRefused() {
		assertThatThrownBy(() -> new Interval(at(9, 0), 86_401)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> office(PARIS, Set.of(), new Interval(at(9, 0), at(12, 0)),
				new Interval(at(11, 0), at(14, 0)))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BusinessTime(new BusinessCalendar(PARIS, Map.of(), Set.of()))
			.add(Instant.parse("2026-01-01T00:00:00Z"), 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anExceptionalOpeningOnAHolidayWorksItsOwnHoursAndStopsTheNightShiftSpill() {
		// Christmas 2026 is a Friday, closed, but opened 10:00–12:00 for a release
		LocalDate christmas = LocalDate.of(2026, 12, 25);
		BusinessCalendar closed = office(PARIS, Set.of(christmas));
		BusinessCalendar opened = new BusinessCalendar(PARIS, closed.week(), closed.closed(),
				Map.of(christmas, List.of(new Interval(at(10, 0), at(12, 0)))));
		Instant thursdayEvening = Instant.parse("2026-12-24T17:00:00Z");
		// 18:00 in Paris: three hours on Monday from 09:00
		assertThat(new BusinessTime(closed).add(thursdayEvening, 3 * 3600))
			.isEqualTo(Instant.parse("2026-12-28T11:00:00Z"));
		// 18:00 in Paris: two hours on Christmas morning, then one on Monday from 09:00
		assertThat(new BusinessTime(opened).add(thursdayEvening, 3 * 3600))
			.isEqualTo(Instant.parse("2026-12-28T09:00:00Z"));
		assertThat(new BusinessTime(opened).between(thursdayEvening, Instant.parse("2026-12-26T00:00:00Z")))
			.isEqualTo(2 * 3600);

		// a night shift whose evening is replaced by an opening does not spill into the next morning
		BusinessCalendar nights = everyDay(PARIS, new Interval(at(22, 0), at(6, 0)));
		BusinessCalendar dayOff = new BusinessCalendar(PARIS, nights.week(), Set.of(),
				Map.of(LocalDate.of(2026, 6, 10), List.of()));
		assertThat(new BusinessTime(dayOff).between(Instant.parse("2026-06-09T22:00:00Z"),
				Instant.parse("2026-06-11T22:00:00Z"))).isEqualTo(2 * 3600);
		// from midnight on 10 June to midnight on 12 June in Paris: 16 hours without the day off, 22:00–24:00 on
		// the 11th with it (neither the 9th's night into the 10th nor the 10th's into the 11th)
		assertThat(new BusinessTime(nights).between(Instant.parse("2026-06-09T22:00:00Z"),
				Instant.parse("2026-06-11T22:00:00Z"))).isEqualTo(16 * 3600);
	}

	@Test
	void anExceptionalOpeningCannotCrossMidnightNorOverlap() {
		assertThatThrownBy(() -> new BusinessCalendar(PARIS, Map.of(), Set.of(),
				Map.of(LocalDate.of(2026, 6, 10), List.of(new Interval(at(22, 0), at(2, 0))))))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cross midnight");
		assertThatThrownBy(() -> new BusinessCalendar(PARIS, Map.of(), Set.of(), Map.of(LocalDate.of(2026, 6, 10),
				List.of(new Interval(at(9, 0), at(12, 0)), new Interval(at(11, 0), at(13, 0))))))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
	}
}
