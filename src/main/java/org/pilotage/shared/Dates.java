package org.pilotage.shared;

import java.time.LocalDate;

/**
 * The days Pilotage takes as input: 2000-01-01 to 2100-12-31, as engagements' dates are. Java reads days from the year
 * -999999999 on; PostgreSQL stores a day before 4713 BC or after 5874897 AD as minus or plus infinity, and H2 stores
 * it as given: a day outside this range is refused with a 400 naming its field, never stored as another day.
 */
public final class Dates {

	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/** The message of a refused day, naming the range. */
	public static final String OUT_OF_RANGE = "must be between " + EARLIEST + " and " + LATEST;

	private Dates() {
	}

	/** Whether the day is one Pilotage takes. */
	public static boolean within(LocalDate day) {
		return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
	}

	/** The error of a day out of range: code {@code out-of-range}. */
	public static Problem.FieldError outOfRange(String field) {
		return new Problem.FieldError(field, "out-of-range", OUT_OF_RANGE);
	}
}
