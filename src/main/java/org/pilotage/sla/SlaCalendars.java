package org.pilotage.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.shared.Problem;
import org.pilotage.sla.BusinessCalendar.Interval;
import org.pilotage.sla.CalendarChanged.Change;
import org.pilotage.sla.CalendarStore.Stored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business calendars as data, and the API the other SLA slices use: {@link #businessCalendar} gives the calendar
 * ready for {@link BusinessTime}, with the public holidays of its country materialized for the years (this year - 5)
 * to (this year + 3). Who may do what: the owning organization's members (attached auditors included) read, its
 * PROVIDER_MANAGER and CLIENT_ADMIN and platform administrators edit; anyone else gets 404. Every change publishes
 * {@link CalendarChanged}.
 */
@Service
@Transactional
public class SlaCalendars {

	/** How many years before and after the current one get their public holidays. */
	static final int YEARS_BEFORE = 5;
	static final int YEARS_AFTER = 3;

	private static final Set<Role> EDITORS = Set.of(Role.PROVIDER_MANAGER, Role.CLIENT_ADMIN);

	private final CalendarStore store;
	private final PublicHolidays holidays;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(long version, int year, BusinessCalendar calendar) {
	}

	SlaCalendars(CalendarStore store, PublicHolidays holidays, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.holidays = holidays;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The calendar with its week, its public holidays, closures and openings, for {@link BusinessTime}. Not scoped by
	 * caller: for the engine. Cached per instance; each call checks the stored version (one primary-key read), so a
	 * change made through another instance is seen at once.
	 *
	 * @throws Problem 404 for an unknown id
	 */
	@Transactional(readOnly = true)
	public BusinessCalendar businessCalendar(UUID calendarId) {
		long version = store.version(calendarId).orElseThrow(() -> Problem.notFound("Calendar"));
		int year = LocalDate.now(clock).getYear();
		Cached cached = cache.get(calendarId);
		if (cached != null && cached.version() == version && cached.year() == year) {
			return cached.calendar();
		}
		Stored stored = store.find(calendarId).orElseThrow(() -> Problem.notFound("Calendar"));
		BusinessCalendar calendar = materialize(stored, store.days(calendarId, null, null), year);
		cache.put(calendarId, new Cached(stored.version(), year, calendar));
		return calendar;
	}

	/** The calendars an organization can attach to a policy: its own, by name. */
	@Transactional(readOnly = true)
	public List<CalendarSummary> usable(UUID organizationId) {
		return store.list(Set.of(organizationId)).stream().map(Stored::summary).toList();
	}

	/** The calendar if the caller may read it. */
	@Transactional(readOnly = true)
	public Optional<CalendarView> get(Caller caller, UUID calendarId) {
		return store.find(calendarId).filter(calendar -> reads(caller, calendar.organizationId())).map(Stored::view);
	}

	/** The calendars the caller reads, by name; of one organization when given. */
	@Transactional(readOnly = true)
	List<CalendarView> list(Caller caller, @Nullable UUID organizationId) {
		Set<UUID> scope = caller.isPlatformAdmin() ? null : caller.organizationIds();
		if (organizationId != null) {
			scope = scope == null || scope.contains(organizationId) ? Set.of(organizationId) : Set.of();
		}
		return store.list(scope).stream().map(Stored::view).toList();
	}

	@Transactional(readOnly = true)
	CalendarView view(Caller caller, UUID calendarId) {
		return readable(caller, calendarId).view();
	}

	boolean edits(Caller caller, UUID organizationId) {
		return caller.isPlatformAdmin() || EDITORS.stream().anyMatch(role -> caller.hasRole(organizationId, role));
	}

	/** The organizations the caller may create calendars for (all, for a platform administrator: null). */
	@Nullable Set<UUID> editableOrganizations(Caller caller) {
		if (caller.isPlatformAdmin()) {
			return null;
		}
		Set<UUID> editable = new HashSet<>();
		caller.organizationIds().stream().filter(id -> edits(caller, id)).forEach(editable::add);
		return editable;
	}

	CalendarView create(Caller caller, UUID organizationId, WeekFormat errors, CalendarInput.@Nullable Draft draft) {
		if (!caller.isPlatformAdmin() && !caller.isMemberOf(organizationId)) {
			throw Problem.notFound("Organization");
		}
		if (!edits(caller, organizationId)) {
			throw Problem.forbidden("Only the organization's managers and administrators create calendars");
		}
		return insert(Actor.of(caller), organizationId, errors, draft);
	}

	/** Creates a calendar for the platform itself (demo data), with the checks of the fields but none of a caller. */
	CalendarView insert(Actor actor, UUID organizationId, WeekFormat errors, CalendarInput.@Nullable Draft draft) {
		checkName(errors, organizationId, draft, null);
		errors.throwIfAny();
		Instant now = clock.instant();
		Stored calendar = new Stored(UUID.randomUUID(), organizationId, draft.name(), draft.zone(), draft.week(),
				draft.country(), draft.region(), 1, now, now);
		try {
			store.insert(calendar);
		}
		catch (DuplicateKeyException race) {
			throw nameTaken();
		}
		publish(actor, calendar, Change.CREATED, "created " + summary(calendar));
		return calendar.view();
	}

	CalendarView update(Caller caller, UUID calendarId, long expectedVersion, WeekFormat errors,
			CalendarInput.@Nullable Draft draft) {
		Stored current = editable(caller, calendarId);
		checkName(errors, current.organizationId(), draft, calendarId);
		errors.throwIfAny();
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		Stored next = new Stored(current.id(), current.organizationId(), draft.name(), draft.zone(), draft.week(),
				draft.country(), draft.region(), current.version() + 1, current.createdAt(), clock.instant());
		try {
			if (!store.update(next, expectedVersion)) {
				throw Problem.staleVersion();
			}
		}
		catch (DuplicateKeyException race) {
			throw nameTaken();
		}
		publish(caller, next, Change.UPDATED, "before: " + summary(current) + "; after: " + summary(next));
		return next.view();
	}

	/**
	 * Deletes the calendar and its days. A calendar used by a policy cannot go: the policies' table references it, so
	 * the delete fails on the foreign key and answers 409.
	 */
	void delete(Caller caller, UUID calendarId, @Nullable Long expectedVersion) {
		Stored current = editable(caller, calendarId);
		long version = expectedVersion == null ? current.version() : expectedVersion;
		if (!store.delete(calendarId, version)) {
			throw Problem.staleVersion();
		}
		cache.remove(calendarId);
		publish(caller, current, Change.DELETED, "deleted " + summary(current));
	}

	@Transactional(readOnly = true)
	List<CalendarDay> days(Caller caller, UUID calendarId, @Nullable LocalDate from, @Nullable LocalDate to) {
		readable(caller, calendarId);
		return store.days(calendarId, from, to);
	}

	/** Sets a day (replacing the day's earlier entry); answers the calendar's new version. */
	long putDay(Caller caller, UUID calendarId, @Nullable Long expectedVersion, WeekFormat errors,
			CalendarInput.@Nullable DayDraft day) {
		Stored current = editable(caller, calendarId);
		errors.throwIfAny();
		long version = touch(current, expectedVersion);
		store.put(calendarId, day.toDay(CalendarDay.Source.MANUAL));
		publish(caller, current, Change.DAYS_CHANGED, "day " + day.day() + " " + day.kind()
				+ (day.intervals().isEmpty() ? "" : " " + WeekFormat.text(day.intervals())) + " " + day.label());
		return version;
	}

	/** Throws 404 for a calendar the caller does not read, 403 for one it may not change. */
	void checkEdits(Caller caller, UUID calendarId) {
		editable(caller, calendarId);
	}

	long removeDay(Caller caller, UUID calendarId, @Nullable Long expectedVersion, LocalDate day) {
		Stored current = editable(caller, calendarId);
		if (store.day(calendarId, day).isEmpty()) {
			throw Problem.notFound("Day " + day + " of the calendar");
		}
		long version = touch(current, expectedVersion);
		store.remove(calendarId, day);
		publish(caller, current, Change.DAYS_CHANGED, "day " + day + " removed");
		return version;
	}

	/** The outcome of an ICS import: the days closed, and those skipped because the calendar already decides them. */
	record Imported(int imported, List<LocalDate> skipped, long version) {
	}

	/**
	 * Closes the days an ICS file names; a day the calendar already has an entry for is kept as it is and reported
	 * as skipped (re-importing the same file changes nothing).
	 */
	Imported importIcs(Caller caller, UUID calendarId, @Nullable Long expectedVersion, String ics) {
		Stored current = editable(caller, calendarId);
		List<IcsClosures.Closure> closures;
		try {
			closures = IcsClosures.read(ics, current.zone());
		}
		catch (IcsClosures.Invalid invalid) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-ics", invalid.getMessage(),
					List.of(new Problem.FieldError("line " + invalid.line(), "ics", invalid.getMessage())));
		}
		Set<LocalDate> existing = new HashSet<>();
		store.days(calendarId, null, null).forEach(day -> existing.add(day.day()));
		List<LocalDate> skipped = new ArrayList<>();
		Map<LocalDate, IcsClosures.Closure> fresh = new HashMap<>();
		for (IcsClosures.Closure closure : closures) {
			if (existing.contains(closure.day())) {
				if (!skipped.contains(closure.day())) {
					skipped.add(closure.day());
				}
			}
			else {
				fresh.putIfAbsent(closure.day(), closure);
			}
		}
		long version = current.version();
		if (!fresh.isEmpty()) {
			version = touch(current, expectedVersion);
			fresh.values().forEach(closure -> store.put(calendarId, new CalendarDay(closure.day(), CalendarDay.Kind.CLOSED,
					List.of(), label(closure.label()), CalendarDay.Source.ICS)));
			publish(caller, current, Change.DAYS_CHANGED, "imported " + fresh.size() + " closed days from ICS");
		}
		skipped.sort(null);
		return new Imported(fresh.size(), skipped, version);
	}

	/** Targets of the preview: a name and the business seconds, two business days apart. */
	static final List<String> PREVIEW_TARGETS = List.of("1h", "4h", "8h", "2d");

	/** One target of the preview and when it falls due; {@code due} is null when the calendar never works that long. */
	record Due(String target, long seconds, @Nullable Instant due) {
	}

	/**
	 * Open at {@code at}? When does it next open (the instant itself when open)? And when would targets of 1 h, 4 h,
	 * 8 h and two business days started then fall due? Two business days are the working time of the next two days
	 * that have any, after the local day of {@code at}: due at the same working position two working days later.
	 */
	record Preview(String zone, Instant at, boolean openNow, @Nullable Instant nextOpening, List<Due> due) {
	}

	@Transactional(readOnly = true)
	Preview preview(Caller caller, UUID calendarId, @Nullable Instant at) {
		readable(caller, calendarId);
		return preview(businessCalendar(calendarId), at == null ? clock.instant() : at);
	}

	static Preview preview(BusinessCalendar calendar, Instant at) {
		BusinessTime time = new BusinessTime(calendar);
		boolean open = time.between(at, at.plusSeconds(1)) == 1;
		Instant next = open ? at : attempt(() -> time.add(at, 1).minusSeconds(1));
		List<Due> due = new ArrayList<>();
		for (long hours : List.of(1L, 4L, 8L)) {
			long seconds = Duration.ofHours(hours).toSeconds();
			due.add(new Due(hours + "h", seconds, attempt(() -> time.add(at, seconds))));
		}
		long twoDays = twoWorkingDays(calendar, time, at);
		due.add(new Due("2d", twoDays, twoDays == 0 ? null : attempt(() -> time.add(at, twoDays))));
		return new Preview(calendar.zone().getId(), at, open, next, due);
	}

	private static long twoWorkingDays(BusinessCalendar calendar, BusinessTime time, Instant at) {
		ZoneId zone = calendar.zone();
		LocalDate day = LocalDate.ofInstant(at, zone).plusDays(1);
		long total = 0;
		int found = 0;
		for (int n = 0; n < 366 && found < 2; n++, day = day.plusDays(1)) {
			long seconds = time.between(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
			if (seconds > 0) {
				total += seconds;
				found++;
			}
		}
		return found == 2 ? total : 0;
	}

	private static @Nullable Instant attempt(java.util.function.Supplier<Instant> computation) {
		try {
			return computation.get();
		}
		catch (IllegalArgumentException never) {
			return null;
		}
	}

	/**
	 * The calendar of the engine: public holidays of the years around {@code year} less the days reopened (OPEN
	 * without intervals), plus the closed days; OPEN days with intervals are exceptional openings.
	 */
	BusinessCalendar materialize(Stored stored, List<CalendarDay> days, int year) {
		Set<LocalDate> closed = new HashSet<>();
		if (stored.country() != null) {
			closed.addAll(holidays.dates(stored.country(), stored.region(), year - YEARS_BEFORE, year + YEARS_AFTER));
		}
		Map<LocalDate, List<Interval>> openings = new HashMap<>();
		for (CalendarDay day : days) {
			if (day.kind() == CalendarDay.Kind.CLOSED) {
				closed.add(day.day());
			}
			else if (day.intervals().isEmpty()) {
				closed.remove(day.day());
			}
			else {
				List<Interval> intervals = new ArrayList<>();
				for (List<String> pair : day.intervals()) {
					intervals.add(new Interval(WeekFormat.seconds(pair.get(0), false), WeekFormat.seconds(pair.get(1), true)));
				}
				openings.put(day.day(), intervals);
			}
		}
		return new BusinessCalendar(stored.zone(), stored.week(), closed, openings);
	}

	private Stored readable(Caller caller, UUID calendarId) {
		return store.find(calendarId)
			.filter(calendar -> reads(caller, calendar.organizationId()))
			.orElseThrow(() -> Problem.notFound("Calendar"));
	}

	private Stored editable(Caller caller, UUID calendarId) {
		Stored calendar = readable(caller, calendarId);
		if (!edits(caller, calendar.organizationId())) {
			throw Problem.forbidden("Only the organization's managers and administrators change its calendars");
		}
		return calendar;
	}

	private static boolean reads(Caller caller, UUID organizationId) {
		return caller.isPlatformAdmin() || caller.isMemberOf(organizationId);
	}

	private long touch(Stored current, @Nullable Long expectedVersion) {
		long expected = expectedVersion == null ? current.version() : expectedVersion;
		if (!store.touch(current.id(), expected, clock.instant())) {
			throw Problem.staleVersion();
		}
		return expected + 1;
	}

	private void checkName(WeekFormat errors, UUID organizationId, CalendarInput.@Nullable Draft draft,
			@Nullable UUID except) {
		if (draft != null && store.nameTaken(organizationId, draft.name(), except)) {
			errors.error("name", "taken", "the organization already has a calendar named '" + draft.name() + "'");
		}
	}

	private static Problem nameTaken() {
		return Problem.invalid("name", "taken", "the organization already has a calendar of that name");
	}

	private static String label(String text) {
		return text.length() > CalendarInput.MAX_LABEL ? text.substring(0, CalendarInput.MAX_LABEL) : text;
	}

	private void publish(Caller caller, Stored calendar, Change change, String summary) {
		publish(Actor.of(caller), calendar, change, summary);
	}

	private void publish(Actor actor, Stored calendar, Change change, String summary) {
		cache.remove(calendar.id());
		events.publishEvent(new CalendarChanged(calendar.id(), calendar.organizationId(), clock.instant(), actor.id(),
				actor.label(), change, summary.length() > 1_900 ? summary.substring(0, 1_900) + "…" : summary));
	}

	private static String summary(Stored calendar) {
		StringBuilder text = new StringBuilder(calendar.name()).append(" (").append(calendar.zone()).append(')');
		calendar.week().forEach((day, intervals) -> {
			if (!intervals.isEmpty()) {
				text.append(' ').append(day.name(), 0, 3).append(' ').append(WeekFormat.text(intervals));
			}
		});
		if (calendar.country() != null) {
			text.append(", holidays ").append(calendar.country());
			if (calendar.region() != null) {
				text.append('-').append(calendar.region());
			}
		}
		return text.toString();
	}
}
