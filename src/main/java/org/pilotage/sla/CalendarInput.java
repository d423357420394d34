package org.pilotage.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pilotage.sla.BusinessCalendar.Interval;

/**
 * A calendar's fields and a day's fields once checked, and the presets a new calendar can start from. Checking
 * collects every bad field in a {@link WeekFormat}, whichever way the week came (JSON or a form's texts).
 */
final class CalendarInput {

	static final int MAX_NAME = 200;
	static final int MAX_LABEL = 200;

	/** "24x7" and "office" (Monday to Friday 09:00–12:00 and 13:00–18:00). */
	static final List<String> PRESETS = List.of("office", "24x7");

	/** A calendar's checked fields. */
	record Draft(String name, ZoneId zone, Map<DayOfWeek, List<Interval>> week, @Nullable String country,
			@Nullable String region) {
	}

	/** A day's checked fields. */
	record DayDraft(LocalDate day, CalendarDay.Kind kind, List<Interval> intervals, String label) {

		CalendarDay toDay(CalendarDay.Source source) {
			return new CalendarDay(day, kind, WeekFormat.pairs(intervals), label, source);
		}
	}

	private CalendarInput() {
	}

	/** Whose public holidays: a known country (upper case) and one of its regions, both optional. */
	record HolidaySource(@Nullable String country, @Nullable String region) {
	}

	/** Checks a country and region as typed ({@code fr}, {@code FR-67} or {@code 67}), naming the bad one. */
	static HolidaySource holidaySource(WeekFormat errors, PublicHolidays holidays, String countryField,
			String regionField, @Nullable String country, @Nullable String region) {
		String code = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
		boolean hasRegion = region != null && !region.isBlank();
		if (code == null) {
			if (hasRegion) {
				errors.error(regionField, "region", "a region needs a country");
			}
			return new HolidaySource(null, null);
		}
		if (!holidays.knows(code)) {
			errors.error(countryField, "country", "no public holidays are known for '" + country + "'");
			return new HolidaySource(null, null);
		}
		String regionId = hasRegion ? holidays.region(code, region) : null;
		if (hasRegion && regionId == null) {
			errors.error(regionField, "region", "'" + region + "' is not a region of " + code);
		}
		return new HolidaySource(code, regionId);
	}

	/** The week of a preset, or null for an unknown one. */
	static @Nullable Map<DayOfWeek, List<Interval>> preset(@Nullable String name) {
		if (name == null) {
			return null;
		}
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		switch (name.strip().toLowerCase(Locale.ROOT)) {
			case "24x7", "24×7" -> {
				for (DayOfWeek day : DayOfWeek.values()) {
					week.put(day, List.of(new Interval(0, BusinessCalendar.DAY)));
				}
			}
			case "office" -> {
				for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
						DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
					week.put(day, List.of(new Interval(9 * 3600, 12 * 3600), new Interval(13 * 3600, 18 * 3600)));
				}
			}
			default -> {
				return null;
			}
		}
		return week;
	}

	/** Checks the fields besides the week, already read into {@code errors}; null when any field is bad. */
	static @Nullable Draft draft(WeekFormat errors, PublicHolidays holidays, @Nullable String name,
			@Nullable String zone, Map<DayOfWeek, List<Interval>> week, @Nullable String country,
			@Nullable String region) {
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty()) {
			errors.error("name", "required", "a name is required");
		}
		else if (cleanName.length() > MAX_NAME) {
			errors.error("name", "too-long", "at most " + MAX_NAME + " characters");
		}
		ZoneId zoneId = errors.zone("zone", zone);
		HolidaySource source = holidaySource(errors, holidays, "holidayCountry", "holidayRegion", country, region);
		if (errors.hasErrors() || zoneId == null) {
			return null;
		}
		return new Draft(cleanName, zoneId, week, source.country(), source.region());
	}

	/** Checks a day; the intervals are read by the caller into {@code errors} (they may not cross midnight). */
	static @Nullable DayDraft day(WeekFormat errors, @Nullable String day, @Nullable String kind,
			List<Interval> intervals, @Nullable String label) {
		LocalDate date = errors.date("day", day);
		CalendarDay.Kind dayKind = null;
		if (kind == null || kind.isBlank()) {
			errors.error("kind", "required", "CLOSED or OPEN");
		}
		else {
			try {
				dayKind = CalendarDay.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				errors.error("kind", "kind", "'" + kind + "' is not CLOSED or OPEN");
			}
		}
		if (dayKind == CalendarDay.Kind.CLOSED && !intervals.isEmpty()) {
			errors.error("intervals", "closed-with-hours", "a closed day has no intervals");
		}
		String text = label == null ? "" : label.strip();
		if (text.length() > MAX_LABEL) {
			errors.error("label", "too-long", "at most " + MAX_LABEL + " characters");
		}
		if (errors.hasErrors() || date == null || dayKind == null) {
			return null;
		}
		return new DayDraft(date, dayKind, new ArrayList<>(intervals), text);
	}
}
