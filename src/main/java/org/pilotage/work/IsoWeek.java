package org.pilotage.work;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** An ISO-8601 week, Monday to Sunday, written {@code 2026-W48}. */
public record IsoWeek(LocalDate monday) {

	private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

	public IsoWeek {
		if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException(monday + " is not a Monday");
		}
	}

	public static IsoWeek of(LocalDate day) {
		return new IsoWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	/** The week written {@code 2026-W48}; empty for anything else, or a week the year does not have. */
	public static Optional<IsoWeek> parse(String text) {
		Matcher matcher = TEXT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		int week = Integer.parseInt(matcher.group(2));
		LocalDate thursday = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
			.with(DayOfWeek.THURSDAY);
		if (week < 1 || week > thursday.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
			return Optional.empty();
		}
		return Optional.of(of(thursday.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)));
	}

	public LocalDate sunday() {
		return monday.plusDays(6);
	}

	public List<LocalDate> days() {
		return IntStream.range(0, 7).mapToObj(monday::plusDays).toList();
	}

	public IsoWeek previous() {
		return new IsoWeek(monday.minusWeeks(1));
	}

	public IsoWeek next() {
		return new IsoWeek(monday.plusWeeks(1));
	}

	@Override
	public String toString() {
		LocalDate thursday = monday.plusDays(3);
		// four digits at least, as parse reads it back: the year 900 is 0900
		return String.format("%04d-W%02d", thursday.get(IsoFields.WEEK_BASED_YEAR),
				thursday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}
}
