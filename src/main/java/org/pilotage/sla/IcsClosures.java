package org.pilotage.sla;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Dates;

/**
 * Closed days read from an iCalendar file (RFC 5545): each VEVENT closes the local days it covers. An all-day event
 * ({@code DTSTART;VALUE=DATE}) covers its start date up to its {@code DTEND}, exclusive (one day without DTEND, or
 * its {@code DURATION} in days or weeks). A timed event closes every local day, in the calendar's zone, that its
 * time touches ({@code [start, end)}): a calendar knows closed days, not closed hours. {@code SUMMARY} is the
 * label. Recurring events ({@code RRULE}, {@code RDATE}) are refused rather than read as one occurrence. Only the
 * subset needed for closures is read, so that each refusal can name its line.
 */
final class IcsClosures {

	/** Most days one file may close. */
	static final int MAX_DAYS = 3_660;

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

	/** A day to close, with the event's label and the line its event began on. */
	record Closure(LocalDate day, String label, int line) {
	}

	/** A file that cannot be read, with the line at fault (1-based). */
	static final class Invalid extends RuntimeException {

		private final int line;

		Invalid(int line, String message) {
			super("line " + line + ": " + message);
			this.line = line;
		}

		int line() {
			return line;
		}
	}

	private record Line(int number, String name, String params, String value) {
	}

	private IcsClosures() {
	}

	static List<Closure> read(String text, ZoneId zone) {
		List<Line> lines = unfold(text);
		if (lines.isEmpty() || !lines.get(0).name().equals("BEGIN") || !lines.get(0).value().equalsIgnoreCase("VCALENDAR")) {
			throw new Invalid(lines.isEmpty() ? 1 : lines.get(0).number(), "an iCalendar file begins with BEGIN:VCALENDAR");
		}
		List<Closure> closures = new ArrayList<>();
		boolean ended = false;
		Event event = null;
		for (Line line : lines.subList(1, lines.size())) {
			if (ended) {
				throw new Invalid(line.number(), "nothing may follow END:VCALENDAR");
			}
			if (line.name().equals("BEGIN") && line.value().equalsIgnoreCase("VEVENT")) {
				if (event != null) {
					throw new Invalid(line.number(), "an event cannot begin inside another one");
				}
				event = new Event(line.number());
			}
			else if (line.name().equals("END") && line.value().equalsIgnoreCase("VEVENT")) {
				if (event == null) {
					throw new Invalid(line.number(), "END:VEVENT without BEGIN:VEVENT");
				}
				event.close(line.number(), zone, closures);
				if (closures.size() > MAX_DAYS) {
					throw new Invalid(line.number(), "a file may close at most " + MAX_DAYS + " days");
				}
				event = null;
			}
			else if (line.name().equals("END") && line.value().equalsIgnoreCase("VCALENDAR")) {
				if (event != null) {
					throw new Invalid(line.number(), "the event begun on line " + event.begin + " has no END:VEVENT");
				}
				ended = true;
			}
			else if (event != null) {
				event.read(line, zone);
			}
		}
		if (!ended) {
			throw new Invalid(lines.get(lines.size() - 1).number(), "an iCalendar file ends with END:VCALENDAR");
		}
		return closures;
	}

	/** Content lines with their first physical line number; a line starting with a space or tab continues the last. */
	private static List<Line> unfold(String text) {
		List<Line> lines = new ArrayList<>();
		String[] physical = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		StringBuilder current = null;
		int start = 0;
		for (int n = 0; n < physical.length; n++) {
			String raw = physical[n];
			if (current != null && !raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t')) {
				current.append(raw, 1, raw.length());
				continue;
			}
			if (current != null) {
				lines.add(parse(start, current.toString()));
			}
			current = raw.isBlank() ? null : new StringBuilder(raw);
			start = n + 1;
		}
		if (current != null) {
			lines.add(parse(start, current.toString()));
		}
		return lines;
	}

	private static Line parse(int number, String content) {
		int colon = content.indexOf(':');
		if (colon <= 0) {
			throw new Invalid(number, "'" + abbreviate(content) + "' is not a NAME:value line");
		}
		String head = content.substring(0, colon);
		int semicolon = head.indexOf(';');
		String name = (semicolon < 0 ? head : head.substring(0, semicolon)).toUpperCase(Locale.ROOT);
		String params = semicolon < 0 ? "" : head.substring(semicolon + 1).toUpperCase(Locale.ROOT);
		return new Line(number, name, params, content.substring(colon + 1).strip());
	}

	private static String abbreviate(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	/** The fields of one VEVENT being read. */
	private static final class Event {

		private final int begin;
		private @Nullable Instant start;
		private @Nullable LocalDate startDate;
		private @Nullable Instant end;
		private @Nullable LocalDate endDate;
		private @Nullable String duration;
		private int durationLine;
		private String label = "";

		Event(int begin) {
			this.begin = begin;
		}

		void read(Line line, ZoneId zone) {
			switch (line.name()) {
				case "DTSTART" -> {
					if (isDate(line)) {
						startDate = date(line);
					}
					else {
						start = instant(line, zone);
					}
				}
				case "DTEND" -> {
					if (isDate(line)) {
						endDate = date(line);
					}
					else {
						end = instant(line, zone);
					}
				}
				case "DURATION" -> {
					duration = line.value();
					durationLine = line.number();
				}
				case "SUMMARY" -> label = unescape(line.value());
				case "RRULE", "RDATE" -> throw new Invalid(line.number(),
						"recurring events are not imported: list each closure as its own event");
				default -> {
					// other properties (UID, DTSTAMP, DESCRIPTION, …) say nothing about closures
				}
			}
		}

		void close(int endLine, ZoneId zone, List<Closure> closures) {
			String name = label.isBlank() ? "ICS" : label;
			if (startDate != null) {
				LocalDate last = endDate != null ? endDate.minusDays(1)
						: duration != null ? startDate.plusDays(days(duration, durationLine) - 1) : startDate;
				if (last.isBefore(startDate)) {
					throw new Invalid(endLine, "the event begun on line " + begin + " ends before it starts");
				}
				for (LocalDate day = startDate; !day.isAfter(last); day = day.plusDays(1)) {
					add(closures, new Closure(day, name, begin), endLine);
				}
				return;
			}
			if (start == null) {
				throw new Invalid(endLine, "the event begun on line " + begin + " has no DTSTART");
			}
			Instant until = end != null ? end
					: duration != null ? start.plusSeconds(86_400L * days(duration, durationLine)) : start.plusSeconds(1);
			if (!until.isAfter(start)) {
				throw new Invalid(endLine, "the event begun on line " + begin + " ends before it starts");
			}
			LocalDate first = LocalDate.ofInstant(start, zone);
			LocalDate last = LocalDate.ofInstant(until.minusSeconds(1), zone);
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
				add(closures, new Closure(day, name, begin), endLine);
			}
		}

		private static void add(List<Closure> closures, Closure closure, int line) {
			if (closures.size() >= MAX_DAYS) {
				throw new Invalid(line, "a file may close at most " + MAX_DAYS + " days");
			}
			closures.add(closure);
		}

		private static boolean isDate(Line line) {
			return line.params().contains("VALUE=DATE") && !line.params().contains("VALUE=DATE-TIME");
		}

		private static LocalDate date(Line line) {
			LocalDate day;
			try {
				day = LocalDate.parse(line.value(), DATE);
			}
			catch (DateTimeException e) {
				throw new Invalid(line.number(), "'" + abbreviate(line.value()) + "' is not a date such as 20261225");
			}
			if (!Dates.within(day)) {
				throw new Invalid(line.number(), "the day " + day + " " + Dates.OUT_OF_RANGE);
			}
			return day;
		}

		private static Instant instant(Line line, ZoneId calendarZone) {
			String value = line.value();
			boolean utc = value.endsWith("Z");
			try {
				LocalDateTime local = LocalDateTime.parse(utc ? value.substring(0, value.length() - 1) : value, DATE_TIME);
				if (utc) {
					return local.toInstant(ZoneOffset.UTC);
				}
				return local.atZone(zone(line, calendarZone)).toInstant();
			}
			catch (DateTimeException e) {
				throw new Invalid(line.number(), "'" + abbreviate(value) + "' is not a date-time such as 20261225T090000Z");
			}
		}

		private static ZoneId zone(Line line, ZoneId calendarZone) {
			for (String param : line.params().split(";")) {
				if (param.startsWith("TZID=")) {
					String id = param.substring(5).replace("\"", "");
					return ZoneId.getAvailableZoneIds().stream()
						.filter(known -> known.equalsIgnoreCase(id))
						.findFirst()
						.map(ZoneId::of)
						.orElseThrow(() -> new Invalid(line.number(), "unknown time zone '" + id + "'"));
				}
			}
			return calendarZone;
		}

		/** {@code P3D}, {@code P1W}: whole days only. */
		private static long days(String duration, int line) {
			String value = duration.toUpperCase(Locale.ROOT);
			try {
				if (value.matches("P\\d{1,4}D")) {
					return Math.max(1, Long.parseLong(value.substring(1, value.length() - 1)));
				}
				if (value.matches("P\\d{1,3}W")) {
					return 7 * Long.parseLong(value.substring(1, value.length() - 1));
				}
			}
			catch (NumberFormatException ignored) {
				// falls through to the refusal below
			}
			throw new Invalid(line, "'" + abbreviate(duration) + "' is not a duration in days or weeks such as P2D");
		}

		private static String unescape(String text) {
			return text.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";")
				.replace("\\\\", "\\").strip();
		}
	}
}
