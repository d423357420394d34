package org.pilotage.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** ISO weeks as timesheets name them: Monday to Sunday, across year ends and in 53-week years. */
class IsoWeekTest {

	@Test
	void aDayBelongsToTheWeekOfItsMonday() {
		IsoWeek week = IsoWeek.of(LocalDate.of(2026, 11, 29));
		assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(week.sunday()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(week).hasToString("2026-W48");
		assertThat(week.days()).hasSize(7).startsWith(week.monday()).endsWith(week.sunday());
	}

	@Test
	void theFirstDaysOfJanuaryMayBelongToLastYearsWeek() {
		assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
		assertThat(IsoWeek.of(LocalDate.of(2025, 12, 29))).hasToString("2026-W01");
	}

	@Test
	void parsingReadsBackWhatItWrites() {
		assertThat(IsoWeek.parse("2026-W48")).contains(new IsoWeek(LocalDate.of(2026, 11, 23)));
		assertThat(IsoWeek.parse("2026-W01")).contains(new IsoWeek(LocalDate.of(2025, 12, 29)));
		assertThat(IsoWeek.parse("2026-W53")).contains(new IsoWeek(LocalDate.of(2026, 12, 28)));
		assertThat(IsoWeek.parse("2026-W53").orElseThrow().next()).hasToString("2027-W01");
		// a year of fewer than four digits is written with four, as parsing reads it
		assertThat(IsoWeek.parse("0000-W01").orElseThrow()).hasToString("0000-W01");
		assertThat(IsoWeek.parse("0999-W10").orElseThrow()).hasToString("0999-W10");
	}

	@Test
	void weeksAYearDoesNotHaveAreRefused() {
		assertThat(IsoWeek.parse("2027-W53")).isEmpty();
		assertThat(IsoWeek.parse("2026-W00")).isEmpty();
		assertThat(IsoWeek.parse("2026-48")).isEmpty();
		assertThat(IsoWeek.parse("W48")).isEmpty();
	}
}
