package org.pilotage.talent.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A person's or a client's daily working hours in their own time zone. An end before the start means the
 * working day crosses midnight and ends on the next calendar date.
 */
public record WorkingHours(ZoneId zone, LocalTime start, LocalTime end) {

	public WorkingHours {
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (start.equals(end)) {
			throw new IllegalArgumentException("Working hours must not start and end at the same time");
		}
	}

	public static WorkingHours of(String zone, String start, String end) {
		return new WorkingHours(ZoneId.of(zone), LocalTime.parse(start), LocalTime.parse(end));
	}

	public boolean crossesMidnight() {
		return end.isBefore(start);
	}

	/** The instant the working day that starts on {@code date} begins, with the zone's offset of that date. */
	Instant startOn(LocalDate date) {
		return ZonedDateTime.of(date, start, zone).toInstant();
	}

	/** The instant the working day that starts on {@code date} ends, on the next date when it crosses midnight. */
	Instant endOn(LocalDate date) {
		LocalDate endDate = crossesMidnight() ? date.plusDays(1) : date;
		return ZonedDateTime.of(endDate, end, zone).toInstant();
	}

	Duration lengthOn(LocalDate date) {
		return Duration.between(startOn(date), endOn(date));
	}
}
