package org.pilotage.sla;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Caller;
import org.pilotage.identity.CurrentCaller;
import org.pilotage.shared.Problem;
import org.pilotage.shared.web.ETags;
import org.pilotage.sla.BusinessCalendar.Interval;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/**
 * Business calendars over the API. A calendar the caller may not read answers 404 on every path, like an unknown
 * id. Its version is its ETag and counts every change, days included: PUT requires If-Match, the other changes
 * honour one when sent. Creating POSTs honour Idempotency-Key.
 */
@RestController
@Tag(name = "Calendars", description = "Business calendars: working week, zone, public holidays, closures, openings")
class CalendarsApi {

	/** Largest ICS file imported. */
	static final int MAX_ICS_BYTES = 1024 * 1024;

	private final CurrentCaller callers;
	private final SlaCalendars calendars;
	private final PublicHolidays holidays;

	CalendarsApi(CurrentCaller callers, SlaCalendars calendars, PublicHolidays holidays) {
		this.callers = callers;
		this.calendars = calendars;
		this.holidays = holidays;
	}

	/** A calendar as sent to create or replace it; {@code preset} fills the week when none is sent. */
	record CalendarRequest(@Nullable UUID organizationId, @Schema(example = "Paris office") @Nullable String name,
			@Schema(example = "Europe/Paris") @Nullable String zone,
			@Schema(example = "{\"MONDAY\":[[\"09:00\",\"12:00\"],[\"13:00\",\"18:00\"]]}") @Nullable JsonNode week,
			@Schema(example = "office", description = "office or 24x7, used when no week is sent") @Nullable String preset,
			@Schema(example = "FR") @Nullable String holidayCountry,
			@Schema(example = "67") @Nullable String holidayRegion) {
	}

	/** A day the calendar decides: CLOSED, or OPEN with its own intervals (none: the week's hours). */
	record DayRequest(@Schema(example = "2026-12-24") @Nullable String day,
			@Schema(example = "OPEN") @Nullable String kind,
			@Schema(example = "[[\"09:00\",\"12:00\"]]") @Nullable JsonNode intervals,
			@Schema(example = "Christmas Eve: mornings only") @Nullable String label) {
	}

	@GetMapping("/api/v1/calendars")
	@Operation(summary = "The calendars the caller reads (its organizations'), by name; of one organization with organizationId")
	List<CalendarView> list(@RequestParam(required = false) @Nullable UUID organizationId) {
		return calendars.list(callers.require(), organizationId);
	}

	@PostMapping("/api/v1/calendars")
	@Operation(summary = "Create a calendar (the organization's PROVIDER_MANAGER or CLIENT_ADMIN)",
			description = "400 names every bad field (week.MONDAY[1], zone, holidayCountry, …); organizationId may be "
					+ "left out by a caller who edits exactly one organization.")
	ResponseEntity<CalendarView> create(@RequestBody CalendarRequest request) {
		Caller caller = callers.require();
		WeekFormat errors = new WeekFormat();
		UUID organization = request.organizationId() != null ? request.organizationId() : organizationOf(caller, errors);
		CalendarInput.Draft draft = draft(errors, request);
		if (organization == null) {
			errors.throwIfAny();
		}
		CalendarView created = calendars.create(caller, organization, errors, draft);
		return ResponseEntity.created(URI.create("/api/v1/calendars/" + created.id()))
			.eTag(ETags.of(created.version()))
			.body(created);
	}

	@GetMapping("/api/v1/calendars/{id}")
	@Operation(summary = "One calendar")
	ResponseEntity<CalendarView> get(@PathVariable UUID id) {
		CalendarView calendar = calendars.view(callers.require(), id);
		return ResponseEntity.ok().eTag(ETags.of(calendar.version())).body(calendar);
	}

	@PutMapping("/api/v1/calendars/{id}")
	@Operation(summary = "Replace the calendar's name, zone, week and holiday source; requires If-Match")
	ResponseEntity<CalendarView> update(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody CalendarRequest request) {
		Caller caller = callers.require();
		calendars.view(caller, id);
		long version = ETags.requireVersion(ifMatch);
		WeekFormat errors = new WeekFormat();
		CalendarView updated = calendars.update(caller, id, version, errors, draft(errors, request));
		return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
	}

	@DeleteMapping("/api/v1/calendars/{id}")
	@Operation(summary = "Delete the calendar and its days",
			description = "409 while a policy uses it (the policies' table references it).")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		calendars.delete(callers.require(), id, ETags.optionalVersion(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/calendars/{id}/days")
	@Operation(summary = "The calendar's own days (closures and openings), by date, between from and to if given")
	List<CalendarDay> days(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return calendars.days(callers.require(), id, from, to);
	}

	@PostMapping("/api/v1/calendars/{id}/days")
	@Operation(summary = "Close a day, or open it with its own intervals (or, with none, with the week's hours in spite "
			+ "of a public holiday); replaces the day's earlier entry. ETag: the calendar's new version")
	ResponseEntity<CalendarDay> addDay(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody DayRequest request) {
		Caller caller = callers.require();
		calendars.view(caller, id);
		WeekFormat errors = new WeekFormat();
		List<Interval> intervals = errors.intervals("intervals", request.intervals(), false, new ArrayList<>());
		CalendarInput.DayDraft day = CalendarInput.day(errors, request.day(), request.kind(), intervals, request.label());
		long version = calendars.putDay(caller, id, ETags.optionalVersion(ifMatch), errors, day);
		return ResponseEntity.status(HttpStatus.CREATED)
			.eTag(ETags.of(version))
			.body(day.toDay(CalendarDay.Source.MANUAL));
	}

	@DeleteMapping("/api/v1/calendars/{id}/days")
	@Operation(summary = "Remove the calendar's entry for a day (?day=2026-12-24); 404 when it has none")
	ResponseEntity<Void> removeDay(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestParam(required = false) @Nullable String day) {
		Caller caller = callers.require();
		calendars.checkEdits(caller, id);
		WeekFormat errors = new WeekFormat();
		LocalDate date = errors.date("day", day);
		errors.throwIfAny();
		long version = calendars.removeDay(caller, id, ETags.optionalVersion(ifMatch), date);
		return ResponseEntity.noContent().eTag(ETags.of(version)).build();
	}

	@PostMapping(path = "/api/v1/calendars/{id}/days/import", consumes = { "text/calendar", "text/plain" })
	@Operation(summary = "Close the days of an iCalendar file's events (text/calendar, 1 MiB at most)",
			description = "All-day events close their dates (DTEND exclusive); timed events close each local day they "
					+ "touch. Days the calendar already decides are skipped. 400 invalid-ics names the line; 413 past 1 MiB.")
	ResponseEntity<SlaCalendars.Imported> importIcs(@PathVariable UUID id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody byte[] body) {
		Caller caller = callers.require();
		calendars.view(caller, id);
		if (body.length > MAX_ICS_BYTES) {
			throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "An ICS file may have 1 MiB at most");
		}
		SlaCalendars.Imported imported = calendars.importIcs(caller, id, ETags.optionalVersion(ifMatch),
				new String(body, StandardCharsets.UTF_8));
		return ResponseEntity.ok().eTag(ETags.of(imported.version())).body(imported);
	}

	@GetMapping("/api/v1/calendars/{id}/preview")
	@Operation(summary = "Open at 'from' (default now)? Next opening, and when 1 h, 4 h, 8 h and two business days "
			+ "started then fall due")
	SlaCalendars.Preview preview(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from) {
		Caller caller = callers.require();
		calendars.view(caller, id);
		WeekFormat errors = new WeekFormat();
		Instant at = from == null || from.isBlank() ? null : BusinessTimeApi.instant(errors, "from", from);
		errors.throwIfAny();
		return calendars.preview(caller, id, at);
	}

	/** The public holidays of a country (and region) in a year, and the regions the country has. */
	record HolidaysAnswer(String country, @Nullable String region, int year, List<PublicHolidays.PublicHoliday> holidays,
			List<PublicHolidays.Region> regions) {
	}

	@GetMapping("/api/v1/holidays")
	@Operation(summary = "The public holidays a country (and region) gives in a year, to see them before choosing "
			+ "(public); without country, the list of known countries")
	Object holidays(@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable Integer year) {
		if (country == null || country.isBlank()) {
			return Map.of("countries", holidays.countries());
		}
		var locale = LocaleContextHolder.getLocale();
		WeekFormat errors = new WeekFormat();
		CalendarInput.HolidaySource source = CalendarInput.holidaySource(errors, holidays, "country", "region", country,
				region);
		int wanted = year == null ? LocalDate.now().getYear() : year;
		if (wanted < 1900 || wanted > 2100) {
			errors.error("year", "year", "a year between 1900 and 2100");
		}
		errors.throwIfAny();
		String code = java.util.Objects.requireNonNull(source.country());
		return new HolidaysAnswer(code, source.region(), wanted, holidays.holidays(code, source.region(), wanted, locale),
				holidays.regions(code, locale));
	}

	private @Nullable UUID organizationOf(Caller caller, WeekFormat errors) {
		Set<UUID> editable = calendars.editableOrganizations(caller);
		if (editable != null && editable.size() == 1) {
			return editable.iterator().next();
		}
		if (editable != null && editable.isEmpty()) {
			throw Problem.forbidden("Only an organization's managers and administrators create calendars");
		}
		errors.error("organizationId", "required", "say which organization owns the calendar");
		return null;
	}

	private CalendarInput.@Nullable Draft draft(WeekFormat errors, CalendarRequest request) {
		Map<DayOfWeek, List<Interval>> week;
		if (request.week() == null || request.week().isNull()) {
			week = CalendarInput.preset(request.preset());
			if (week == null) {
				if (request.preset() != null) {
					errors.error("preset", "preset", "'" + request.preset() + "' is not one of " + CalendarInput.PRESETS);
				}
				else {
					errors.error("week", "required", "send a week, or a preset: " + CalendarInput.PRESETS);
				}
				week = Map.of();
			}
		}
		else {
			week = errors.week("week", request.week());
		}
		return CalendarInput.draft(errors, holidays, request.name(), request.zone(), week, request.holidayCountry(),
				request.holidayRegion());
	}
}
