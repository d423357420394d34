package org.pilotage.talent.matching;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paris is UTC+1 in winter and UTC+2 in summer; Antananarivo stays UTC+3 and Kolkata UTC+5:30 all year.
 * Everyone works 09:00 to 18:00 local time.
 */
class OverlapAcrossDaylightSavingTimeTests {

	final WorkingHours paris = WorkingHours.of("Europe/Paris", "09:00", "18:00");

	final WorkingHours antananarivo = WorkingHours.of("Indian/Antananarivo", "09:00", "18:00");

	final WorkingHours kolkata = WorkingHours.of("Asia/Kolkata", "09:00", "18:00");

	@Test
	void springForwardBringsParisCloserToAntananarivo() {
		// Friday 27 March, Paris on UTC+1: Paris works 08:00-17:00 UTC, Antananarivo 06:00-15:00 UTC,
		// overlap 08:00-15:00 = 7 h.
		assertThat(Overlap.dailyHours(paris, antananarivo, LocalDate.of(2026, 3, 27))).isEqualTo(7.0);
		// Monday 30 March, after the change on Sunday 29: Paris on UTC+2 works 07:00-16:00 UTC,
		// overlap 07:00-15:00 = 8 h. The gap shrinks from 2 h to 1 h, so the overlap grows.
		assertThat(Overlap.dailyHours(paris, antananarivo, LocalDate.of(2026, 3, 30))).isEqualTo(8.0);
	}

	@Test
	void springForwardBringsParisCloserToKolkata() {
		// Kolkata works 03:30-12:30 UTC. Winter Paris 08:00-17:00 UTC: overlap 08:00-12:30 = 4.5 h.
		assertThat(Overlap.dailyHours(paris, kolkata, LocalDate.of(2026, 3, 27))).isEqualTo(4.5);
		// Summer Paris 07:00-16:00 UTC: overlap 07:00-12:30 = 5.5 h.
		assertThat(Overlap.dailyHours(paris, kolkata, LocalDate.of(2026, 3, 30))).isEqualTo(5.5);
	}

	@Test
	void aWindowSpanningTheSpringChangeIsOnlyAsGoodAsItsWinterDays() {
		LocalDate monday = LocalDate.of(2026, 3, 23);
		LocalDate fridayAfter = LocalDate.of(2026, 4, 3);
		assertThat(Overlap.minimumDailyHours(paris, antananarivo, monday, fridayAfter)).isEqualTo(7.0);
		assertThat(Overlap.minimumDailyHours(paris, kolkata, monday, fridayAfter)).isEqualTo(4.5);
		// The same window without its first week sees summer time only.
		assertThat(Overlap.minimumDailyHours(paris, antananarivo, LocalDate.of(2026, 3, 30), fridayAfter))
			.isEqualTo(8.0);
		assertThat(Overlap.minimumDailyHours(paris, kolkata, LocalDate.of(2026, 3, 30), fridayAfter))
			.isEqualTo(5.5);
	}

	@Test
	void fallingBackInOctoberTakesTheHourAwayAgain() {
		// Paris leaves summer time on Sunday 25 October 2026.
		LocalDate fridayBefore = LocalDate.of(2026, 10, 23);
		LocalDate mondayAfter = LocalDate.of(2026, 10, 26);
		assertThat(Overlap.dailyHours(paris, antananarivo, fridayBefore)).isEqualTo(8.0);
		assertThat(Overlap.dailyHours(paris, antananarivo, mondayAfter)).isEqualTo(7.0);
		assertThat(Overlap.dailyHours(paris, kolkata, fridayBefore)).isEqualTo(5.5);
		assertThat(Overlap.dailyHours(paris, kolkata, mondayAfter)).isEqualTo(4.5);
		// A window from Monday 19 to Friday 30 October has its weakest days after the change.
		LocalDate from = LocalDate.of(2026, 10, 19);
		LocalDate to = LocalDate.of(2026, 10, 30);
		assertThat(Overlap.minimumDailyHours(paris, antananarivo, from, to)).isEqualTo(7.0);
		assertThat(Overlap.minimumDailyHours(paris, kolkata, from, to)).isEqualTo(4.5);
		assertThat(Overlap.minimumDailyHours(paris, kolkata, from, fridayBefore)).isEqualTo(5.5);
	}

	@Test
	void aNightShiftCrossingMidnightMeetsTheClientsNextDay() {
		WorkingHours newYorkNights = WorkingHours.of("America/New_York", "22:00", "07:00");
		// Wednesday 14 January: New York is UTC-5, so the shift starting Tuesday 22:00 runs 03:00-12:00 UTC on
		// Wednesday, while Kolkata works 03:30-12:30 UTC: 8.5 h, all of it from the previous date's shift.
		assertThat(Overlap.dailyHours(kolkata, newYorkNights, LocalDate.of(2026, 1, 14))).isEqualTo(8.5);
		// Wednesday 11 March: New York moved to UTC-4 on 8 March, the shift runs 02:00-11:00 UTC: 7.5 h.
		assertThat(Overlap.dailyHours(kolkata, newYorkNights, LocalDate.of(2026, 3, 11))).isEqualTo(7.5);
	}

	@Test
	void weekendsDoNotCountAndAWindowWithoutWorkingDaysHasNoOverlap() {
		// Saturday 28 and Sunday 29 March only.
		assertThat(Overlap.minimumDailyHours(paris, kolkata, LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29)))
			.isZero();
	}

	@Test
	void teamsOnOppositeSidesOfTheWorldDoNotOverlap() {
		WorkingHours honolulu = WorkingHours.of("Pacific/Honolulu", "09:00", "18:00");
		// Honolulu is UTC-10, 19:00-04:00 UTC; Kolkata 03:30-12:30 UTC meets the end of the previous
		// Honolulu day for half an hour.
		assertThat(Overlap.dailyHours(kolkata, honolulu, LocalDate.of(2026, 6, 10))).isEqualTo(0.5);
		assertThat(Overlap.dailyHours(paris, honolulu, LocalDate.of(2026, 6, 10))).isZero();
	}
}
