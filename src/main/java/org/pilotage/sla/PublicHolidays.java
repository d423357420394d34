package org.pilotage.sla;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * The public holidays of a country and, where the country has them, of one of its regions: from jollyday for the
 * countries it covers, from {@link ShippedHolidays} for Madagascar, Tunisia and Vietnam. Only days off for everyone
 * (jollyday's PUBLIC_HOLIDAY), never bank holidays or observances. Dates are cached per country, region and year.
 */
@Component
public class PublicHolidays {

	/** A public holiday with its name in the asked language. */
	public record PublicHoliday(LocalDate date, String name) {
	}

	/** A region (subdivision) of a country: its id as jollyday names it and its name. */
	public record Region(String id, String name) {
	}

	private final MessageSource messages;
	private final Map<String, Set<LocalDate>> dates = new ConcurrentHashMap<>();
	private final List<String> countries;

	PublicHolidays(MessageSource messages) {
		this.messages = messages;
		Set<String> codes = new TreeSet<>(ShippedHolidays.COUNTRIES);
		for (String code : HolidayManager.getSupportedCalendarCodes()) {
			if (code.length() == 2 && new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH).length() > 2) {
				codes.add(code);
			}
		}
		this.countries = List.copyOf(codes);
	}

	/** The ISO 3166 codes of the countries whose holidays are known, sorted. */
	public List<String> countries() {
		return countries;
	}

	public boolean knows(String country) {
		return countries.contains(country);
	}

	/** The regions of a country with holidays of their own, by name; none for the shipped countries. */
	public List<Region> regions(String country, Locale locale) {
		if (!knows(country) || ShippedHolidays.COUNTRIES.contains(country)) {
			return List.of();
		}
		List<Region> regions = new ArrayList<>();
		CalendarHierarchy hierarchy = manager(country).getCalendarHierarchy();
		hierarchy.getChildren().forEach((id, child) -> regions.add(new Region(id, child.getDescription(locale))));
		regions.sort(Comparator.comparing(Region::name));
		return regions;
	}

	/** {@code FR-67} or {@code 67} → {@code 67} when the country has it; null when it does not. */
	public @Nullable String region(String country, @Nullable String region) {
		if (region == null || region.isBlank()) {
			return null;
		}
		String id = region.strip();
		if (id.regionMatches(true, 0, country + "-", 0, country.length() + 1)) {
			id = id.substring(country.length() + 1);
		}
		String wanted = id;
		return regions(country, Locale.ENGLISH).stream()
			.map(Region::id)
			.filter(known -> known.equalsIgnoreCase(wanted))
			.findFirst()
			.orElse(null);
	}

	/** The holidays of a year, sorted by date, named in {@code locale}. */
	public List<PublicHoliday> holidays(String country, @Nullable String region, int year, Locale locale) {
		List<PublicHoliday> holidays = new ArrayList<>();
		if (ShippedHolidays.COUNTRIES.contains(country)) {
			for (ShippedHolidays.Day day : ShippedHolidays.of(country, year)) {
				holidays.add(new PublicHoliday(day.date(), messages.getMessage("sla.calendar.holiday." + day.key(), null,
						day.key(), locale)));
			}
		}
		else if (knows(country)) {
			for (Holiday holiday : jollyday(country, region, year)) {
				holidays.add(new PublicHoliday(holiday.getDate(), holiday.getDescription(locale)));
			}
		}
		holidays.sort(Comparator.comparing(PublicHoliday::date));
		return holidays;
	}

	/** The dates of the holidays of the years {@code from} to {@code to}, both included. */
	public Set<LocalDate> dates(String country, @Nullable String region, int from, int to) {
		Set<LocalDate> all = new HashSet<>();
		for (int year = from; year <= to; year++) {
			int y = year;
			all.addAll(dates.computeIfAbsent(country + "/" + region + "/" + year, key -> Set.copyOf(
					holidays(country, region, y, Locale.ENGLISH).stream().map(PublicHoliday::date).toList())));
		}
		return all;
	}

	/** Country names for a select, in {@code locale}, sorted by name. */
	public Map<String, String> countryNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		countries.stream()
			.sorted(Comparator.comparing(code -> new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)))
			.forEach(code -> names.put(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)));
		return names;
	}

	private Set<Holiday> jollyday(String country, @Nullable String region, int year) {
		HolidayManager manager = manager(country);
		return region == null ? manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
				: manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, region);
	}

	private static HolidayManager manager(String country) {
		return HolidayManager.getInstance(ManagerParameters.create(country));
	}
}
