package org.pilotage.talent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pilotage.talent.matching.Availability;

/**
 * A person's free share of each day: what their availability offers that day (the largest period covering
 * it, none meaning 0 %) minus the sum of the allocations booked on it. Plain Java, so that the allocation
 * check and the search read the same rule.
 */
final class FreeTime {

	private final List<Period> availability;
	private final List<Period> allocations;

	FreeTime(List<Period> availability, List<Period> allocations) {
		this.availability = List.copyOf(availability);
		this.allocations = List.copyOf(allocations);
	}

	int availableOn(LocalDate date) {
		return availability.stream().filter(period -> period.covers(date)).mapToInt(Period::percent).max().orElse(0);
	}

	int allocatedOn(LocalDate date) {
		return allocations.stream().filter(period -> period.covers(date)).mapToInt(Period::percent).sum();
	}

	/** May be negative when availability was cut below what is booked; callers refuse that before it happens. */
	int freeOn(LocalDate date) {
		return availableOn(date) - allocatedOn(date);
	}

	/** The first day of the inclusive range (weekends included) offering less than {@code percent}. */
	Optional<LocalDate> firstDayShort(LocalDate from, LocalDate to, int percent) {
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			if (freeOn(date) < percent) {
				return Optional.of(date);
			}
		}
		return Optional.empty();
	}

	/** The first day on which the booked allocations exceed the availability, if any. */
	Optional<LocalDate> firstDayOverbooked() {
		for (Period allocation : allocations) {
			for (LocalDate date = allocation.from(); !date.isAfter(allocation.to()); date = date.plusDays(1)) {
				if (freeOn(date) < 0) {
					return Optional.of(date);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The free share over the inclusive window as the matcher's availability periods: consecutive days with the
	 * same free share make one period; days with nothing free are left out, as the matcher reads them as 0 %.
	 */
	List<Availability> asAvailability(LocalDate from, LocalDate to) {
		List<Availability> periods = new ArrayList<>();
		LocalDate start = null;
		int current = 0;
		for (LocalDate date = from; !date.isAfter(to.plusDays(1)); date = date.plusDays(1)) {
			int free = date.isAfter(to) ? -1 : Math.max(0, Math.min(100, freeOn(date)));
			if (start != null && free != current) {
				if (current > 0) {
					periods.add(new Availability(start, date.minusDays(1), current));
				}
				start = null;
			}
			if (start == null) {
				start = date;
				current = free;
			}
		}
		return periods;
	}
}
