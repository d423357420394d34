package org.pilotage.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.pilotage.sla.BusinessCalendar.Interval;
import org.pilotage.shared.Dates;

import tools.jackson.databind.JsonNode;

/**
 * The one format of working hours, shared by the calendars API, the public business-time endpoints and the pages:
 * a time is {@code HH:mm} or {@code HH:mm:ss} (24:00 only as an end), an interval {@code ["09:00","12:00"]} in JSON
 * or {@code 09:00-12:00} in a form, a week an object of weekday names to lists of intervals. Every bad entry is
 * collected with a pointer-like field name ({@code week.MONDAY[1]}), so that one answer names them all.
 */
final class WeekFormat {

	private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2}))?");

	private static final Pattern TEXT_INTERVAL = Pattern.compile("\\s*([^\\s\\-–]+)\\s*[-–]\\s*([^\\s\\-–]+)\\s*");

	private final List<Problem.FieldError> errors = new ArrayList<>();

	List<Problem.FieldError> errors() {
		return errors;
	}

	boolean hasErrors() {
		return !errors.isEmpty();
	}

	void error(String field, String code, String message) {
		errors.add(new Problem.FieldError(field, code, message));
	}

	/** Throws one 400 naming every bad field collected so far. */
	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, "invalid-input",
					"The request has invalid fields", errors);
		}
	}

	/** Seconds of the day of {@code HH:mm[:ss]}, or -1; 24:00 is 86,400 and only an end may be it. */
	static int seconds(@Nullable String text, boolean end) {
		if (text == null) {
			return -1;
		}
		Matcher matcher = TIME.matcher(text.strip());
		if (!matcher.matches()) {
			return -1;
		}
		int hours = Integer.parseInt(matcher.group(1));
		int minutes = Integer.parseInt(matcher.group(2));
		int seconds = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
		if (hours == 24 && minutes == 0 && seconds == 0) {
			return end ? BusinessCalendar.DAY : -1;
		}
		if (hours > 23 || minutes > 59 || seconds > 59) {
			return -1;
		}
		return hours * 3600 + minutes * 60 + seconds;
	}

	/** {@code HH:mm}, or {@code HH:mm:ss} when the seconds are not zero; 86,400 is 24:00. */
	static String time(int seconds) {
		int hours = seconds / 3600;
		int minutes = seconds % 3600 / 60;
		int rest = seconds % 60;
		return rest == 0 ? String.format(Locale.ROOT, "%02d:%02d", hours, minutes)
				: String.format(Locale.ROOT, "%02d:%02d:%02d", hours, minutes, rest);
	}

	@Nullable ZoneId zone(String field, @Nullable JsonNode node) {
		return zone(field, node == null || node.isNull() ? null : node.isString() ? node.stringValue() : "");
	}

	@Nullable ZoneId zone(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			error(field, "required", "a time zone is required, e.g. Europe/Paris");
			return null;
		}
		try {
			if (!text.contains("/") && !text.equals("UTC")) {
				throw new DateTimeException("not a region id");
			}
			return ZoneId.of(text.strip());
		}
		catch (DateTimeException e) {
			error(field, "zone", "unknown time zone '" + text + "': use an IANA id such as Europe/Paris");
			return null;
		}
	}

	/** A week from JSON: an object of weekday names (any case) to lists of {@code [start, end]}. */
	Map<DayOfWeek, List<Interval>> week(String field, @Nullable JsonNode node) {
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, List<String>> fields = new EnumMap<>(DayOfWeek.class);
		if (node == null || node.isNull()) {
			error(field, "required", "the week is required: an object of weekdays to intervals");
			return week;
		}
		if (!node.isObject()) {
			error(field, "type", "the week is an object of weekdays to intervals");
			return week;
		}
		for (String name : node.propertyNames()) {
			DayOfWeek day = weekday(name);
			if (day == null) {
				error(field + "." + name, "weekday", "unknown weekday '" + name + "': use MONDAY … SUNDAY");
				continue;
			}
			List<String> names = new ArrayList<>();
			week.put(day, intervals(field + "." + name, node.get(name), true, names));
			fields.put(day, names);
		}
		checkWeek(week, fields);
		return week;
	}

	/** A week from a form: one text per weekday, e.g. {@code 09:00-12:00, 13:00-18:00}. */
	Map<DayOfWeek, List<Interval>> week(String field, Map<DayOfWeek, String> texts) {
		Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
		Map<DayOfWeek, List<String>> fields = new EnumMap<>(DayOfWeek.class);
		texts.forEach((day, text) -> {
			List<String> names = new ArrayList<>();
			week.put(day, intervals(field + "." + day, text, true, names));
			fields.put(day, names);
		});
		checkWeek(week, fields);
		return week;
	}

	/** Intervals from JSON, {@code [["09:00","12:00"], …]}; {@code names} receives each kept interval's field. */
	List<Interval> intervals(String field, @Nullable JsonNode node, boolean overnight, List<String> names) {
		List<Interval> intervals = new ArrayList<>();
		if (node == null || node.isNull()) {
			return intervals;
		}
		if (!node.isArray()) {
			error(field, "type", "a list of [start, end] pairs, e.g. [[\"09:00\",\"12:00\"]]");
			return intervals;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode pair = node.get(i);
			String name = field + "[" + i + "]";
			if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isString() || !pair.get(1).isString()) {
				error(name, "interval", "an interval is a pair of times, e.g. [\"09:00\",\"12:00\"]");
				continue;
			}
			add(intervals, names, name, pair.get(0).stringValue(), pair.get(1).stringValue(), overnight);
		}
		if (!overnight) {
			checkDisjoint(intervals, names);
		}
		return intervals;
	}

	/** Intervals typed in a form: {@code 09:00-12:00, 13:00-18:00}; empty text is no interval. */
	List<Interval> intervals(String field, @Nullable String text, boolean overnight, List<String> names) {
		List<Interval> intervals = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return intervals;
		}
		String[] parts = text.split("[,;]");
		for (int i = 0; i < parts.length; i++) {
			String name = field + "[" + i + "]";
			Matcher matcher = TEXT_INTERVAL.matcher(parts[i]);
			if (!matcher.matches()) {
				error(name, "interval", "'" + parts[i].strip() + "' is not an interval such as 09:00-12:00");
				continue;
			}
			add(intervals, names, name, matcher.group(1), matcher.group(2), overnight);
		}
		if (!overnight) {
			checkDisjoint(intervals, names);
		}
		return intervals;
	}

	/** {@code 09:00-12:00, 13:00-18:00}: the form's text of intervals. */
	static String text(List<Interval> intervals) {
		List<String> parts = new ArrayList<>();
		for (Interval interval : intervals) {
			parts.add(time(interval.start()) + "-" + time(interval.end()));
		}
		return String.join(", ", parts);
	}

	/** The JSON shape of a week: every weekday, in order, with its pairs of times. */
	static Map<String, List<List<String>>> json(Map<DayOfWeek, List<Interval>> week) {
		Map<String, List<List<String>>> json = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			json.put(day.name(), pairs(week.getOrDefault(day, List.of())));
		}
		return json;
	}

	static List<List<String>> pairs(List<Interval> intervals) {
		return intervals.stream().map(interval -> List.of(time(interval.start()), time(interval.end()))).toList();
	}

	static @Nullable DayOfWeek weekday(String name) {
		try {
			return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	@Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			error(field, "required", "a date is required, e.g. 2026-12-25");
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text.strip());
			if (!Dates.within(day)) {
				error(field, "out-of-range", Dates.OUT_OF_RANGE);
				return null;
			}
			return day;
		}
		catch (DateTimeException e) {
			error(field, "date", "'" + text + "' is not a date such as 2026-12-25");
			return null;
		}
	}

	private void add(List<Interval> intervals, List<String> names, String name, String from, String to,
			boolean overnight) {
		int start = seconds(from, false);
		int end = seconds(to, true);
		if (start < 0) {
			error(name, "time", "'" + from + "' is not a start time between 00:00 and 23:59:59");
		}
		if (end < 0) {
			error(name, "time", "'" + to + "' is not an end time between 00:00 and 24:00");
		}
		if (start < 0 || end < 0) {
			return;
		}
		if (end == start) {
			error(name, "empty-interval", "an interval cannot start where it ends");
			return;
		}
		if (end == 0) {
			end = BusinessCalendar.DAY;
		}
		if (end < start && !overnight) {
			error(name, "crosses-midnight", "this interval ends before it starts; it cannot cross midnight here");
			return;
		}
		intervals.add(new Interval(start, end));
		names.add(name);
	}

	private void checkDisjoint(List<Interval> intervals, List<String> names) {
		List<Integer> order = sortedIndexes(intervals);
		for (int n = 1; n < order.size(); n++) {
			Interval previous = intervals.get(order.get(n - 1));
			Interval current = intervals.get(order.get(n));
			if (current.start() < previous.end()) {
				error(names.get(order.get(n)), "overlap", "overlaps " + time(previous.start()) + "-" + time(previous.end()));
			}
		}
	}

	/** Each day's intervals, and the night shift spilling in from the day before, must not overlap. */
	private void checkWeek(Map<DayOfWeek, List<Interval>> week, Map<DayOfWeek, List<String>> fields) {
		for (DayOfWeek day : DayOfWeek.values()) {
			List<int[]> parts = new ArrayList<>();
			List<String> names = new ArrayList<>();
			List<Interval> own = week.getOrDefault(day, List.of());
			for (int i = 0; i < own.size(); i++) {
				Interval interval = own.get(i);
				parts.add(new int[] { interval.start(), interval.end() < interval.start() ? BusinessCalendar.DAY : interval.end() });
				names.add(fields.get(day).get(i));
			}
			List<Interval> before = week.getOrDefault(day.minus(1), List.of());
			for (int i = 0; i < before.size(); i++) {
				if (before.get(i).end() < before.get(i).start()) {
					parts.add(new int[] { 0, before.get(i).end() });
					names.add(fields.get(day.minus(1)).get(i));
				}
			}
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < parts.size(); i++) {
				order.add(i);
			}
			order.sort(Comparator.comparingInt(i -> parts.get(i)[0]));
			for (int n = 1; n < order.size(); n++) {
				int[] previous = parts.get(order.get(n - 1));
				int[] current = parts.get(order.get(n));
				if (current[0] < previous[1]) {
					String name = names.get(order.get(n));
					String other = names.get(order.get(n - 1));
					error(name, "overlap", "overlaps " + other + " on " + day);
				}
			}
		}
	}

	private static List<Integer> sortedIndexes(List<Interval> intervals) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < intervals.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt(i -> intervals.get(i).start()));
		return order;
	}
}
