package org.pilotage.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's availability periods and, read-only, the allocations booked against them. {@code version} is the
 * person's: availability belongs to the person, so one ETag guards both.
 */
record AvailabilityView(UUID personId, long version, List<PeriodView> periods, List<PeriodView> allocations) {

	record PeriodView(LocalDate from, LocalDate to, int allocationPercent) {

		static PeriodView of(Period period) {
			return new PeriodView(period.from(), period.to(), period.percent());
		}
	}
}
