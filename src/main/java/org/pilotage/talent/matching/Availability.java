package org.pilotage.talent.matching;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period, both dates inclusive, during which a person is available for the given share of their time.
 * Dates outside every period count as not available.
 */
public record Availability(LocalDate from, LocalDate to, int allocationPercent) {

	public Availability {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Availability ends before it starts: " + from + " to " + to);
		}
		if (allocationPercent < 0 || allocationPercent > 100) {
			throw new IllegalArgumentException("Allocation must be between 0 and 100 percent: " + allocationPercent);
		}
	}

	public boolean covers(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}
}
