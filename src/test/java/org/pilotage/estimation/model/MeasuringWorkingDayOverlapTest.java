package org.pilotage.estimation.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pilotage.estimation.model.Teams.PARIS_DAY;
import static org.pilotage.estimation.model.Teams.hours;

/* Paris works 9-18: 08:00-17:00 UTC in winter (UTC+1), 07:00-16:00 UTC in summer (UTC+2). */
class MeasuringWorkingDayOverlapTest {

	static final LocalDate WINTER = LocalDate.of(2026, 1, 12);

	static final LocalDate SUMMER = LocalDate.of(2026, 6, 15);

	/*
	 * Casablanca 9-18 on UTC+1 (outside Ramadan): 08-17 UTC, the whole Paris day in winter, one hour less in
	 * summer (07-16 against 08-17).
	 */
	@Test
	void parisAndCasablancaShareTheWholeDayInWinterAndAllButAnHourInSummer() {
		assertThat(Overlap.hours(PARIS_DAY, hours("Africa/Casablanca", 9, 18), WINTER)).isEqualTo(9);
		assertThat(Overlap.hours(PARIS_DAY, hours("Africa/Casablanca", 9, 18), SUMMER)).isEqualTo(8);
	}

	/* Antananarivo 8-17 on UTC+3, no DST: 05-14 UTC, so 08-14 in winter and 07-14 in summer. */
	@Test
	void antananarivoGivesParisItsMorning() {
		assertThat(Overlap.hours(PARIS_DAY, hours("Indian/Antananarivo", 8, 17), WINTER)).isEqualTo(6);
		assertThat(Overlap.hours(PARIS_DAY, hours("Indian/Antananarivo", 8, 17), SUMMER)).isEqualTo(7);
	}

	/* Kolkata 9-18 on UTC+5:30: 03:30-12:30 UTC, so 08:00-12:30 in winter and 07:00-12:30 in summer. */
	@Test
	void kolkatasHalfHourZoneGivesHalfHours() {
		assertThat(Overlap.hours(PARIS_DAY, hours("Asia/Kolkata", 9, 18), WINTER)).isEqualTo(4.5);
		assertThat(Overlap.hours(PARIS_DAY, hours("Asia/Kolkata", 9, 18), SUMMER)).isEqualTo(5.5);
	}

	/* Ho Chi Minh 8-17 on UTC+7: 01-10 UTC, so 08-10 in winter and 07-10 in summer. */
	@Test
	void hoChiMinhOverlapsParisForItsLastHours() {
		assertThat(Overlap.hours(PARIS_DAY, hours("Asia/Ho_Chi_Minh", 8, 17), WINTER)).isEqualTo(2);
		assertThat(Overlap.hours(PARIS_DAY, hours("Asia/Ho_Chi_Minh", 8, 17), SUMMER)).isEqualTo(3);
	}

	/* A Kolkata night shift 18:00-03:00 is 12:30-21:30 UTC: it meets Paris from 12:30 to 17:00 UTC in winter. */
	@Test
	void aNightShiftAcrossMidnightCountsFromItsEvening() {
		WorkingHours nightShift = new WorkingHours(ZoneId.of("Asia/Kolkata"), LocalTime.of(18, 0), LocalTime.of(3, 0));

		assertThat(Overlap.hours(PARIS_DAY, nightShift, WINTER)).isEqualTo(4.5);
	}

	/*
	 * Honolulu (UTC-10) working 20:00-05:00: the shift that starts the evening before the start date runs
	 * 06:00-15:00 UTC on it, and meets Paris from 08:00 to 15:00 UTC in winter.
	 */
	@Test
	void aShiftStartedTheDayBeforeInTheProvidersZoneCounts() {
		WorkingHours honolulu = new WorkingHours(ZoneId.of("Pacific/Honolulu"), LocalTime.of(20, 0),
				LocalTime.of(5, 0));

		assertThat(Overlap.hours(PARIS_DAY, honolulu, WINTER)).isEqualTo(7);
	}

	/*
	 * Paris moves to summer time on 29 March 2026 and back on 25 October 2026; Kolkata never does. The overlap
	 * is measured with the rules of the start date itself, so it changes on those very days.
	 */
	@ParameterizedTest(name = "starting on {0}: {1} hours")
	@CsvSource({ "2026-03-28, 4.5", "2026-03-29, 5.5", "2026-10-24, 5.5", "2026-10-25, 4.5" })
	void theOverlapWithAZoneWithoutDaylightSavingChangesByAnHourOnTheDayParisChangesClocks(LocalDate start,
			double expected) {
		assertThat(Overlap.hours(PARIS_DAY, hours("Asia/Kolkata", 9, 18), start)).isEqualTo(expected);
	}

	/* From midnight to noon on 29 March 2026, Paris skips 02:00-03:00: its working day is 11 hours long. */
	@Test
	void aClientDayAcrossTheSpringChangeIsAnHourShorter() {
		WorkingHours midnightToNoon = hours("Europe/Paris", 0, 12);

		assertThat(Overlap.hours(midnightToNoon, midnightToNoon, LocalDate.of(2026, 3, 29))).isEqualTo(11);
	}

	@Test
	void anEstimateReportsTheOverlapOfItsStartDate() {
		Place kolkata = new Place("IN", 9_000, 0.12, 3_000, 220, hours("Asia/Kolkata", 9, 18));
		TeamRow row = new TeamRow("developer", "senior", 2, Teams.france(60_000), kolkata, 200);
		Scenario before = new Scenario(java.util.List.of(row), 12, LocalDate.of(2026, 3, 28), PARIS_DAY, 5, 10, 1);
		Scenario after = new Scenario(java.util.List.of(row), 12, LocalDate.of(2026, 3, 29), PARIS_DAY, 5, 10, 1);

		ModelEstimate winter = Estimator.estimate(before, Teams.seedParameters()).model(DeliveryModel.DEDICATED_TEAM);
		ModelEstimate summer = Estimator.estimate(after, Teams.seedParameters()).model(DeliveryModel.DEDICATED_TEAM);

		assertThat(winter.overlapHours()).isEqualTo(4.5);
		assertThat(winter.overlapBelowRequired()).isTrue();
		assertThat(summer.overlapHours()).isEqualTo(5.5);
		assertThat(summer.overlapBelowRequired()).isFalse();
		assertThat(winter.totalCost()).isGreaterThan(summer.totalCost());
	}
}
