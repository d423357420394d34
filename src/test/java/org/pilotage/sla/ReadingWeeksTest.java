package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pilotage.shared.Problem;
import org.pilotage.sla.BusinessCalendar.Interval;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The one week format: what it reads, and every bad entry it names with its pointer. */
class ReadingWeeksTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private JsonNode node(String text) {
		return json.readTree(text);
	}

	@Test
	void timesAreHoursAndMinutesOrSecondsAnd24IsOnlyAnEnd() {
		assertThat(WeekFormat.seconds("09:00", false)).isEqualTo(32_400);
		assertThat(WeekFormat.seconds("09:00:30", false)).isEqualTo(32_430);
		assertThat(WeekFormat.seconds("24:00", true)).isEqualTo(86_400);
		assertThat(WeekFormat.seconds("24:00", false)).isEqualTo(-1);
		assertThat(WeekFormat.seconds("24:01", true)).isEqualTo(-1);
		assertThat(WeekFormat.seconds("25:00", true)).isEqualTo(-1);
		assertThat(WeekFormat.seconds("9h", true)).isEqualTo(-1);
		assertThat(WeekFormat.seconds("9:00", true)).isEqualTo(-1);
		assertThat(WeekFormat.time(86_400)).isEqualTo("24:00");
		assertThat(WeekFormat.time(32_430)).isEqualTo("09:00:30");
	}

	@Test
	void aWeekWithALunchBreakAndANightShiftReadsBackAsItWasWritten() {
		WeekFormat format = new WeekFormat();
		Map<DayOfWeek, List<Interval>> week = format.week("week", node("""
				{"MONDAY":[["09:00","12:00"],["13:00","18:00"]],"friday":[["22:00","06:00"]],"SUNDAY":[["00:00","24:00"]]}"""));

		assertThat(format.errors()).isEmpty();
		assertThat(week.get(DayOfWeek.MONDAY)).containsExactly(new Interval(32_400, 43_200), new Interval(46_800, 64_800));
		assertThat(week.get(DayOfWeek.FRIDAY)).containsExactly(new Interval(79_200, 21_600));
		assertThat(WeekFormat.json(week).get("MONDAY")).containsExactly(List.of("09:00", "12:00"), List.of("13:00", "18:00"));
		assertThat(WeekFormat.text(week.get(DayOfWeek.MONDAY))).isEqualTo("09:00-12:00, 13:00-18:00");
	}

	@Test
	void everyBadEntryIsNamedWithItsPointerInOneAnswer() {
		WeekFormat format = new WeekFormat();
		format.zone("zone", node("\"Mars/Olympus\""));
		format.week("week", node("""
				{"MONDAY":[["09:00","12:00"],["11:00","24:01"]],"TUESDAY":[["9h","12:00"]],"FUNDAY":[],
				 "WEDNESDAY":[["09:00","12:00"],["11:00","13:00"]],"THURSDAY":[["10:00","10:00"]],"SATURDAY":"all day"}"""));

		assertThat(format.errors()).extracting(Problem.FieldError::field)
			.contains("zone", "week.MONDAY[1]", "week.TUESDAY[0]", "week.FUNDAY", "week.WEDNESDAY[1]",
					"week.THURSDAY[0]", "week.SATURDAY");
		assertThat(format.errors()).extracting(Problem.FieldError::code).contains("zone", "time", "weekday", "overlap",
				"empty-interval", "type");
	}

	@Test
	void aNightShiftThatRunsIntoTheNextDaysMorningOverlapsIt() {
		WeekFormat format = new WeekFormat();
		format.week("week", node("{\"MONDAY\":[[\"22:00\",\"08:00\"]],\"TUESDAY\":[[\"07:00\",\"12:00\"]]}"));

		assertThat(format.errors()).extracting(Problem.FieldError::code).containsExactly("overlap");
	}

	@Test
	void aFormsTextGivesTheSameIntervalsAndRefusesCrossingMidnightWhereItCannot() {
		WeekFormat format = new WeekFormat();
		Map<DayOfWeek, String> texts = new EnumMap<>(DayOfWeek.class);
		texts.put(DayOfWeek.MONDAY, "09:00-12:00, 13:00 – 18:00");
		texts.put(DayOfWeek.TUESDAY, "");
		Map<DayOfWeek, List<Interval>> week = format.week("week", texts);
		List<Interval> opening = format.intervals("intervals", "22:00-02:00", false, new ArrayList<>());

		assertThat(week.get(DayOfWeek.MONDAY)).hasSize(2);
		assertThat(week.get(DayOfWeek.TUESDAY)).isEmpty();
		assertThat(opening).isEmpty();
		assertThat(format.errors()).extracting(Problem.FieldError::field).containsExactly("intervals[0]");
	}

	@Test
	void presetsAreOfficeHoursWithALunchBreakAndRoundTheClock() {
		assertThat(CalendarInput.preset("office").get(DayOfWeek.WEDNESDAY)).hasSize(2);
		assertThat(CalendarInput.preset("office")).doesNotContainKey(DayOfWeek.SATURDAY);
		assertThat(CalendarInput.preset("24x7").get(DayOfWeek.SUNDAY)).containsExactly(new Interval(0, 86_400));
		assertThat(CalendarInput.preset("weekends")).isNull();
	}
}
