package org.pilotage.governance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The span a KPI is measured over: the half-open {@code [from, to)}, so an instant equal to {@code to} belongs to the
 * next period and consecutive periods never count anything twice. The zone says where days start: a dated record (a
 * time entry, a due date) belongs to the period when the first instant of its day in the zone does.
 */
public record Period(Instant from, Instant to, ZoneId zone) {

	public Period {
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("a period ends after it starts: " + from + " to " + to);
		}
	}

	/** The local days {@code [first, end)} in the zone, e.g. from the 1st of a month to the 1st of the next. */
	public static Period days(LocalDate first, LocalDate end, ZoneId zone) {
		return new Period(first.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(), zone);
	}

	/** The ISO week (Monday to Sunday) holding {@code day}. */
	public static Period week(LocalDate day, ZoneId zone) {
		LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return days(monday, monday.plusWeeks(1), zone);
	}

	public static Period month(YearMonth month, ZoneId zone) {
		return days(month.atDay(1), month.plusMonths(1).atDay(1), zone);
	}

	/** Quarter 1 (January to March) to 4 of {@code year}. */
	public static Period quarter(int year, int quarter, ZoneId zone) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
		}
		LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
		return days(first, first.plusMonths(3), zone);
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(from) && instant.isBefore(to);
	}

	/** Whether the day's first instant in the zone lies in the period. */
	public boolean contains(LocalDate day) {
		return contains(day.atStartOfDay(zone).toInstant());
	}
}
