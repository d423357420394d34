package org.pilotage.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Closed days from iCalendar files: all-day and timed events, and refusals that name their line. */
class ReadingIcsClosuresTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static String calendar(String events) {
		return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + events + "END:VCALENDAR\r\n";
	}

	@Test
	void anAllDayEventClosesItsDatesUpToItsExclusiveEndAndIsLabelledBySummary() {
		List<IcsClosures.Closure> closures = IcsClosures.read(calendar("""
				BEGIN:VEVENT\r
				UID:1\r
				DTSTART;VALUE=DATE:20261224\r
				DTEND;VALUE=DATE:20261227\r
				SUMMARY:Christmas\\, closed\r
				END:VEVENT\r
				BEGIN:VEVENT\r
				DTSTART;VALUE=DATE:20260814\r
				SUMMARY:Bridge\r
				  day\r
				END:VEVENT\r
				"""), PARIS);

		assertThat(closures).extracting(IcsClosures.Closure::day).containsExactly(LocalDate.of(2026, 12, 24),
				LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), LocalDate.of(2026, 8, 14));
		assertThat(closures.get(0).label()).isEqualTo("Christmas, closed");
		assertThat(closures.get(3).label()).isEqualTo("Bridge day");
	}

	@Test
	void aTimedEventClosesEveryLocalDayItTouchesInTheCalendarsZone() {
		List<IcsClosures.Closure> closures = IcsClosures.read(calendar("""
				BEGIN:VEVENT
				DTSTART:20261231T230000Z
				DTEND:20270101T010000Z
				SUMMARY:Migration
				END:VEVENT
				BEGIN:VEVENT
				DTSTART;TZID=Europe/Paris:20260310T090000
				DURATION:P1D
				END:VEVENT
				"""), PARIS);

		// 23:00Z on 31 December is already 1 January in Paris
		assertThat(closures).extracting(IcsClosures.Closure::day).containsExactly(LocalDate.of(2027, 1, 1),
				LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
	}

	@Test
	void aBadFileIsRefusedNamingTheLineAtFault() {
		assertThatThrownBy(() -> IcsClosures.read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2026-12-24\nEND:VEVENT\nEND:VCALENDAR\n", PARIS))
			.isInstanceOf(IcsClosures.Invalid.class)
			.hasMessageStartingWith("line 3:");
		assertThatThrownBy(() -> IcsClosures.read("hello", PARIS)).hasMessageStartingWith("line 1:");
		assertThatThrownBy(() -> IcsClosures.read(calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY\nEND:VEVENT\n"), PARIS))
			.hasMessageStartingWith("line 6:");
		assertThatThrownBy(() -> IcsClosures.read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nEND:VEVENT\n", PARIS))
			.hasMessageContaining("END:VCALENDAR");
		assertThatThrownBy(() -> IcsClosures.read(calendar("BEGIN:VEVENT\nSUMMARY:no start\nEND:VEVENT\n"), PARIS))
			.hasMessageStartingWith("line 6:").hasMessageContaining("DTSTART");
	}
}
