package org.pilotage.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Problem;
import org.pilotage.shared.RateLimiter;
import org.pilotage.shared.web.Problems;
import org.pilotage.sla.BusinessCalendar.Interval;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/**
 * Business-time arithmetic for integrators, without sign-in, over a calendar sent inline: {@code add} (the instant
 * by which a number of working seconds have passed) and {@code between} (the working seconds between two
 * instants). The body is read field by field so that one 400 names every bad field; limited per client address.
 */
@RestController
@Tag(name = "Business time", description = "Add and count working time over an inline calendar (public, rate-limited)")
class BusinessTimeApi {

	/** Largest duration added: about three years of round-the-clock time, as far as {@code add} looks. */
	static final long MAX_SECONDS = 94_608_000L;

	/** Longest span counted by {@code between}. */
	static final long MAX_SPAN_DAYS = 3_660;

	/** Most holidays or openings in one calendar. */
	static final int MAX_DAYS = 5_000;

	static final String EXAMPLE = """
			{"zone":"Europe/Paris","week":{"MONDAY":[["09:00","12:00"],["13:00","18:00"]],"TUESDAY":[["09:00","18:00"]]},
			 "holidays":["2026-12-25"],"openings":{"2026-12-26":[["10:00","12:00"]]},"country":"FR",
			 "start":"2026-12-24T16:00:00Z","seconds":14400}""";

	private final PublicHolidays holidays;
	private final RateLimiter requests;

	BusinessTimeApi(PublicHolidays holidays, Clock clock,
			@Value("${pilotage.sla.business-time-requests-per-minute}") int requestsPerMinute) {
		this.holidays = holidays;
		this.requests = new RateLimiter(requestsPerMinute, Duration.ofMinutes(1), clock);
	}

	/** The answer: the span and its working seconds, instants in UTC. */
	record Answer(String start, String end, long seconds) {
	}

	@PostMapping("/api/v1/business-time/add")
	@Operation(summary = "The instant by which 'seconds' working seconds have passed since 'start'",
			description = "Body: zone, week, optional holidays, openings, country (adds its public holidays) and region, "
					+ "start, seconds. 400 problem+json names every bad field (week.MONDAY[1], zone, seconds); 422 when "
					+ "the calendar does not work that long within three years; 429 past the per-address limit.")
	ResponseEntity<?> add(@Schema(example = EXAMPLE) @RequestBody JsonNode body, HttpServletRequest http) {
		RateLimiter.Decision decision = requests.acquire(http.getRemoteAddr());
		if (!decision.allowed()) {
			return Problems.tooManyRequests(decision, "business-time requests");
		}
		WeekFormat errors = new WeekFormat();
		Instant start = instant(errors, "start", text(body, "start"));
		long seconds = seconds(errors, body.get("seconds"));
		BusinessCalendar calendar = calendar(errors, body, start == null ? 2000 : yearOf(start) - 1,
				start == null ? 2000 : yearOf(start) + 3);
		errors.throwIfAny();
		try {
			Instant end = new BusinessTime(calendar).add(start, seconds);
			return ResponseEntity.ok(new Answer(start.toString(), end.toString(), seconds));
		}
		catch (IllegalArgumentException never) {
			throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "never-reached", never.getMessage());
		}
	}

	@PostMapping("/api/v1/business-time/between")
	@Operation(summary = "The working seconds in [start, end)",
			description = "Body: zone, week, optional holidays, openings, country and region, start, end (not before "
					+ "start, at most ten years later). 400 names every bad field; 429 past the per-address limit.")
	ResponseEntity<?> between(@Schema(example = EXAMPLE) @RequestBody JsonNode body, HttpServletRequest http) {
		RateLimiter.Decision decision = requests.acquire(http.getRemoteAddr());
		if (!decision.allowed()) {
			return Problems.tooManyRequests(decision, "business-time requests");
		}
		WeekFormat errors = new WeekFormat();
		Instant start = instant(errors, "start", text(body, "start"));
		Instant end = instant(errors, "end", text(body, "end"));
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				errors.error("end", "before-start", "the end is before the start");
			}
			else if (Duration.between(start, end).toDays() > MAX_SPAN_DAYS) {
				errors.error("end", "too-far", "at most " + MAX_SPAN_DAYS + " days after the start");
			}
		}
		boolean spanOk = start != null && end != null && !errors.hasErrors();
		BusinessCalendar calendar = calendar(errors, body, spanOk ? yearOf(start) : 2000, spanOk ? yearOf(end) : 2000);
		errors.throwIfAny();
		return ResponseEntity.ok(new Answer(start.toString(), end.toString(), new BusinessTime(calendar).between(start, end)));
	}

	/** The inline calendar; the country's holidays of the years {@code from} to {@code to} are added. */
	private @Nullable BusinessCalendar calendar(WeekFormat errors, JsonNode body, int from, int to) {
		if (!body.isObject()) {
			errors.error("", "type", "the body is a JSON object");
			return null;
		}
		ZoneId zone = errors.zone("zone", body.get("zone"));
		Map<DayOfWeek, List<Interval>> week = errors.week("week", body.get("week"));
		Set<LocalDate> closed = new HashSet<>();
		JsonNode holidayList = body.get("holidays");
		if (holidayList != null && !holidayList.isNull()) {
			if (!holidayList.isArray() || holidayList.size() > MAX_DAYS) {
				errors.error("holidays", "type", "a list of at most " + MAX_DAYS + " dates such as \"2026-12-25\"");
			}
			else {
				for (int i = 0; i < holidayList.size(); i++) {
					JsonNode day = holidayList.get(i);
					LocalDate date = errors.date("holidays[" + i + "]", day.isString() ? day.stringValue() : day.toString());
					if (date != null) {
						closed.add(date);
					}
				}
			}
		}
		Map<LocalDate, List<Interval>> openings = new HashMap<>();
		JsonNode openingMap = body.get("openings");
		if (openingMap != null && !openingMap.isNull()) {
			if (!openingMap.isObject() || openingMap.size() > MAX_DAYS) {
				errors.error("openings", "type", "an object of at most " + MAX_DAYS + " dates to intervals");
			}
			else {
				for (String name : openingMap.propertyNames()) {
					LocalDate date = errors.date("openings." + name, name);
					List<Interval> intervals = errors.intervals("openings." + name, openingMap.get(name), false,
							new ArrayList<>());
					if (date != null) {
						openings.put(date, intervals);
					}
				}
			}
		}
		CalendarInput.HolidaySource source = CalendarInput.holidaySource(errors, holidays, "country", "region",
				text(body, "country"), text(body, "region"));
		if (source.country() != null && !errors.hasErrors()) {
			closed.addAll(holidays.dates(source.country(), source.region(), from, to));
		}
		if (errors.hasErrors() || zone == null) {
			return null;
		}
		try {
			return new BusinessCalendar(zone, week, closed, openings);
		}
		catch (IllegalArgumentException invalid) {
			errors.error("week", "invalid", invalid.getMessage());
			return null;
		}
	}

	/** An ISO-8601 instant with {@code Z} or an offset, e.g. {@code 2026-03-02T09:00:00Z}. */
	static @Nullable Instant instant(WeekFormat errors, String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			errors.error(field, "required", "an instant such as 2026-03-02T09:00:00Z is required");
			return null;
		}
		try {
			Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
			if (instant.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || instant.isAfter(Instant.parse("2200-01-01T00:00:00Z"))) {
				errors.error(field, "out-of-range", "an instant between 1900 and 2200");
				return null;
			}
			return instant;
		}
		catch (DateTimeException e) {
			errors.error(field, "instant", "'" + text + "' is not an ISO-8601 instant such as 2026-03-02T09:00:00Z");
			return null;
		}
	}

	private static long seconds(WeekFormat errors, @Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			errors.error("seconds", "required", "the working seconds to add are required");
			return 0;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			errors.error("seconds", "type", "a whole number of seconds");
			return 0;
		}
		long seconds = node.longValue();
		if (seconds < 0) {
			errors.error("seconds", "negative", "cannot be negative");
		}
		else if (seconds > MAX_SECONDS) {
			errors.error("seconds", "too-big", "at most " + MAX_SECONDS + " (about three years)");
		}
		return seconds;
	}

	private static @Nullable String text(JsonNode body, String field) {
		JsonNode node = body.isObject() ? body.get(field) : null;
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isString() ? node.stringValue() : node.toString();
	}

	private static int yearOf(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC).getYear();
	}
}
