package org.pilotage.talent;

import java.time.LocalDate;

/** Dates, both inclusive, with a share of a person's time: an availability period or an allocation. */
record Period(LocalDate from, LocalDate to, int percent) {

	boolean covers(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	boolean overlaps(LocalDate start, LocalDate end) {
		return !to.isBefore(start) && !from.isAfter(end);
	}
}
