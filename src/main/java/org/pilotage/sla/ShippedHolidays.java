package org.pilotage.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Public holidays Pilotage ships for countries the holiday library does not cover: Madagascar (fixed dates and
 * days after Easter), Tunisia (fixed dates and Islamic days from the Umm al-Qura calendar of
 * {@link HijrahDate}) and Vietnam (fixed dates, Tết and the Hung Kings' day from a table of lunisolar dates,
 * 2020–2035). Each holiday has a stable key; its name comes from the bundles ({@code sla.calendar.holiday.<key>}).
 * Moving dates can differ by a day from what the authorities announce: a calendar's own days correct them.
 */
final class ShippedHolidays {

	static final Set<String> COUNTRIES = Set.of("MG", "TN", "VN");

	/** Vietnamese lunar new year (Tết), first day of the first month, computed for UTC+7. */
	static final Map<Integer, LocalDate> TET = Map.ofEntries(Map.entry(2020, LocalDate.of(2020, 1, 25)),
			Map.entry(2021, LocalDate.of(2021, 2, 12)), Map.entry(2022, LocalDate.of(2022, 2, 1)),
			Map.entry(2023, LocalDate.of(2023, 1, 22)), Map.entry(2024, LocalDate.of(2024, 2, 10)),
			Map.entry(2025, LocalDate.of(2025, 1, 29)), Map.entry(2026, LocalDate.of(2026, 2, 17)),
			Map.entry(2027, LocalDate.of(2027, 2, 6)), Map.entry(2028, LocalDate.of(2028, 1, 26)),
			Map.entry(2029, LocalDate.of(2029, 2, 13)), Map.entry(2030, LocalDate.of(2030, 2, 2)),
			Map.entry(2031, LocalDate.of(2031, 1, 23)), Map.entry(2032, LocalDate.of(2032, 2, 11)),
			Map.entry(2033, LocalDate.of(2033, 1, 31)), Map.entry(2034, LocalDate.of(2034, 2, 19)),
			Map.entry(2035, LocalDate.of(2035, 2, 8)));

	/** Hung Kings' commemoration, tenth day of the third lunar month, computed for UTC+7. */
	static final Map<Integer, LocalDate> HUNG_KINGS = Map.ofEntries(Map.entry(2020, LocalDate.of(2020, 4, 2)),
			Map.entry(2021, LocalDate.of(2021, 4, 21)), Map.entry(2022, LocalDate.of(2022, 4, 10)),
			Map.entry(2023, LocalDate.of(2023, 4, 29)), Map.entry(2024, LocalDate.of(2024, 4, 18)),
			Map.entry(2025, LocalDate.of(2025, 4, 7)), Map.entry(2026, LocalDate.of(2026, 4, 26)),
			Map.entry(2027, LocalDate.of(2027, 4, 16)), Map.entry(2028, LocalDate.of(2028, 4, 4)),
			Map.entry(2029, LocalDate.of(2029, 4, 23)), Map.entry(2030, LocalDate.of(2030, 4, 12)),
			Map.entry(2031, LocalDate.of(2031, 4, 1)), Map.entry(2032, LocalDate.of(2032, 4, 19)),
			Map.entry(2033, LocalDate.of(2033, 4, 9)), Map.entry(2034, LocalDate.of(2034, 4, 28)),
			Map.entry(2035, LocalDate.of(2035, 4, 17)));

	/** The years the Vietnamese table covers. */
	static final int FIRST_LUNAR_YEAR = 2020;
	static final int LAST_LUNAR_YEAR = 2035;

	/** A shipped holiday: its date and its key. */
	record Day(LocalDate date, String key) {
	}

	private ShippedHolidays() {
	}

	/** The holidays of {@code country} (MG, TN or VN) in {@code year}, sorted; empty for any other country. */
	static List<Day> of(String country, int year) {
		List<Day> days = new ArrayList<>();
		switch (country) {
			case "MG" -> madagascar(year, days);
			case "TN" -> tunisia(year, days);
			case "VN" -> vietnam(year, days);
			default -> {
			}
		}
		days.sort(Comparator.comparing(Day::date));
		return days;
	}

	private static void madagascar(int year, List<Day> days) {
		fixed(days, year, 1, 1, "NEW_YEAR");
		fixed(days, year, 3, 8, "WOMEN");
		fixed(days, year, 3, 29, "MARTYRS_1947");
		LocalDate easter = easterSunday(year);
		days.add(new Day(easter.plusDays(1), "EASTER_MONDAY"));
		fixed(days, year, 5, 1, "LABOUR");
		days.add(new Day(easter.plusDays(39), "ASCENSION"));
		days.add(new Day(easter.plusDays(50), "WHIT_MONDAY"));
		fixed(days, year, 6, 26, "INDEPENDENCE");
		fixed(days, year, 8, 15, "ASSUMPTION");
		fixed(days, year, 11, 1, "ALL_SAINTS");
		fixed(days, year, 12, 25, "CHRISTMAS");
	}

	/**
	 * Decree 2021-223 of 7 December 2021 moved the Revolution day from 14 January to 17 December (the first 17
	 * December off was in 2021, the last 14 January in 2021).
	 */
	private static void tunisia(int year, List<Day> days) {
		fixed(days, year, 1, 1, "NEW_YEAR");
		if (year <= 2021) {
			fixed(days, year, 1, 14, "REVOLUTION");
		}
		fixed(days, year, 3, 20, "INDEPENDENCE");
		fixed(days, year, 4, 9, "MARTYRS");
		fixed(days, year, 5, 1, "LABOUR");
		fixed(days, year, 7, 25, "REPUBLIC");
		fixed(days, year, 8, 13, "WOMEN_TN");
		fixed(days, year, 10, 15, "EVACUATION");
		if (year >= 2021) {
			fixed(days, year, 12, 17, "REVOLUTION");
		}
		hijri(days, year, 10, 1, "EID_AL_FITR");
		hijri(days, year, 10, 2, "EID_AL_FITR");
		hijri(days, year, 12, 10, "EID_AL_ADHA");
		hijri(days, year, 12, 11, "EID_AL_ADHA");
		hijri(days, year, 1, 1, "ISLAMIC_NEW_YEAR");
		hijri(days, year, 3, 12, "MAWLID");
	}

	/**
	 * Labour Code 2019, article 112: 1 January, five days of Tết (the lunar new year's eve and the first four
	 * days), the Hung Kings' day, 30 April, 1 May and 2 September. The extra National Day and the exact Tết days
	 * are set each year by the Prime Minister: calendars add or move them as their own days.
	 */
	private static void vietnam(int year, List<Day> days) {
		fixed(days, year, 1, 1, "NEW_YEAR");
		LocalDate tet = TET.get(year);
		if (tet != null) {
			for (int n = -1; n <= 3; n++) {
				days.add(new Day(tet.plusDays(n), "TET"));
			}
		}
		LocalDate hung = HUNG_KINGS.get(year);
		if (hung != null) {
			days.add(new Day(hung, "HUNG_KINGS"));
		}
		fixed(days, year, 4, 30, "REUNIFICATION");
		fixed(days, year, 5, 1, "LABOUR");
		fixed(days, year, 9, 2, "NATIONAL_DAY");
	}

	private static void fixed(List<Day> days, int year, int month, int day, String key) {
		days.add(new Day(MonthDay.of(month, day).atYear(year), key));
	}

	/** Every date in {@code year} of the given day of a Hijri month (a Hijri year is shorter than a Gregorian one). */
	private static void hijri(List<Day> days, int year, int month, int day, String key) {
		int first = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
		for (int hijriYear = first; hijriYear <= first + 1; hijriYear++) {
			LocalDate date = LocalDate.from(HijrahDate.of(hijriYear, month, day));
			if (date.getYear() == year) {
				days.add(new Day(date, key));
			}
		}
	}

	/** Gregorian Easter Sunday (the anonymous Gregorian algorithm, as published by Nature in 1876). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		LocalDate easter = LocalDate.of(year, month, day);
		assert easter.getDayOfWeek() == DayOfWeek.SUNDAY;
		return easter;
	}
}
