package org.pilotage.talent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.pilotage.shared.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books people's time for staffing. Called by the engagement module inside its own transaction: the check and
 * the booking commit or roll back with the staffing. Each call locks the person's row ({@code SELECT … FOR
 * UPDATE}) until that transaction ends, so two concurrent bookings of one person run one after the other and
 * the second sees the first. On every day of the range, weekends included, the person's availability that day
 * minus the other allocations must leave at least the requested share; a day without an availability period
 * offers 0 %.
 */
@Service
@Transactional
public class Allocations {

	/** Longest allocation, in days: ten years keeps the day-by-day check bounded. */
	static final long MAXIMUM_DAYS = 3660;

	private final People people;
	private final Calendars calendars;

	Allocations(People people, Calendars calendars) {
		this.people = people;
		this.calendars = calendars;
	}

	/**
	 * @throws Problem 409 {@code over-allocated} naming the first day short, 409 {@code already-allocated} when
	 *     the staffing has an allocation, 422 {@code unknown-person} or {@code inactive-person}, 400 for a bad
	 *     range or share
	 */
	public void allocate(UUID staffingId, UUID personId, LocalDate from, LocalDate to, int allocationPercent) {
		Period period = period(from, to, allocationPercent);
		Person person = people.lock(personId)
			.orElseThrow(() -> new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-person",
					"No person with id " + personId));
		if (calendars.allocation(staffingId).isPresent()) {
			throw Problem.conflict("already-allocated", "Staffing " + staffingId + " has an allocation already");
		}
		check(person, period, null);
		calendars.insertAllocation(staffingId, personId, period);
	}

	/** Moves or resizes a staffing's allocation, checked like a new one against the others. */
	public void change(UUID staffingId, LocalDate from, LocalDate to, int allocationPercent) {
		Period period = period(from, to, allocationPercent);
		Calendars.Allocation existing = calendars.allocation(staffingId)
			.orElseThrow(() -> new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-allocation",
					"Staffing " + staffingId + " has no allocation"));
		Person person = people.lock(existing.personId()).orElseThrow();
		check(person, period, staffingId);
		calendars.updateAllocation(staffingId, period);
	}

	/** Gives the staffing's time back; releasing an unknown staffing does nothing. */
	public void release(UUID staffingId) {
		calendars.deleteAllocation(staffingId);
	}

	private void check(Person person, Period period, @org.jspecify.annotations.Nullable UUID excluded) {
		if (!person.active()) {
			throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "inactive-person",
					person.displayName() + " is deactivated and cannot be staffed");
		}
		List<UUID> one = List.of(person.id());
		List<Period> availability = calendars.availability(one, period.from(), period.to())
			.getOrDefault(person.id(), List.of());
		List<Period> others = calendars.allocations(person.id()).stream()
			.filter(allocation -> !allocation.staffingId().equals(excluded))
			.map(Calendars.Allocation::period)
			.toList();
		FreeTime free = new FreeTime(availability, others);
		free.firstDayShort(period.from(), period.to(), period.percent()).ifPresent(day -> {
			throw Problem.conflict("over-allocated", person.displayName() + " is " + Math.max(0, free.freeOn(day))
					+ " % free on " + day + "; " + period.percent() + " % requested");
		});
	}

	private static Period period(LocalDate from, LocalDate to, int percent) {
		Fields fields = new Fields();
		fields.range("to", from, to);
		if (percent < 1 || percent > 100) {
			fields.error("allocationPercent", "out-of-range", "must be between 1 and 100 %");
		}
		if (!to.isBefore(from) && ChronoUnit.DAYS.between(from, to) >= MAXIMUM_DAYS) {
			fields.error("to", "out-of-range", "an allocation spans at most " + MAXIMUM_DAYS + " days");
		}
		fields.throwIfAny();
		return new Period(from, to, percent);
	}
}
