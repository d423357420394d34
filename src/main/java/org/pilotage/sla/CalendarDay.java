package org.pilotage.sla;

import java.time.LocalDate;
import java.util.List;

/**
 * A local day a calendar decides itself, over its week and its public holidays: CLOSED closes it; OPEN gives it
 * its own intervals ({@code [["10:00","12:00"]]}, not crossing midnight), or with none reopens it with the week's
 * hours in spite of a public holiday (how an administrator moves a holiday the library dates wrongly).
 */
public record CalendarDay(LocalDate day, Kind kind, List<List<String>> intervals, String label, Source source) {

	public enum Kind {
		CLOSED, OPEN
	}

	/** Typed in (or sent to the API) by someone, or read from an ICS file. */
	public enum Source {
		MANUAL, ICS
	}
}
