package org.pilotage.work;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.ClientEngagementView;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementStatus;
import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.engagement.FreelancerEngagementView;
import org.pilotage.engagement.ProviderEngagementView;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.shared.Problem;
import org.pilotage.shared.web.ETags;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.pilotage.work.TimeViews.DayTotal;
import org.pilotage.work.TimeViews.ItemTimeView;
import org.pilotage.work.TimeViews.TimeEntryView;
import org.pilotage.work.TimeViews.TimesheetView;
import org.pilotage.work.WorkViews.WorkItemView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time logged on work items, and the weekly timesheets a provider's managers approve. Who logs: a person of the
 * provider's side on the engagement (one of the provider organization's people, or a person staffed on it), through
 * the login linked to the person. A person's week is one timesheet per provider organization it worked for; the
 * provider's managers (PROVIDER_MANAGER, or the freelancer itself when it is the provider) approve or return it.
 * The client's users see minutes only, never an entry, a note or who logged it. Checks run 404, 403, 412, 409 (the
 * week's state and the day's cap need a well-formed date, so a malformed one is a 400 first), 400, 422 (a date in
 * the person's future or before the engagement's start).
 */
@Service
@Transactional
public class TimeLog {

	static final int DAY_MINUTES = 1_440;
	static final int NOTE_MAX = 2_000;
	static final int REASON_MAX = 1_000;

	private final WorkItems workItems;
	private final Engagements engagements;
	private final TalentDirectory talent;
	private final TimeStore store;
	private final WorkStore items;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	TimeLog(WorkItems workItems, Engagements engagements, TalentDirectory talent, TimeStore store, WorkStore items,
			ApplicationEventPublisher events, Clock clock) {
		this.workItems = workItems;
		this.engagements = engagements;
		this.talent = talent;
		this.store = store;
		this.items = items;
		this.events = events;
		this.clock = clock;
	}

	// Entries

	/** The item's time: totals for whoever sees the item; entries for the provider's side (a freelancer's own). */
	@Transactional(readOnly = true)
	public ItemTimeView ofItem(Caller caller, UUID itemId) {
		WorkItemView item = workItems.get(caller, itemId);
		EngagementAccess access = engagements.access(caller, item.engagementId());
		Optional<PersonCard> logger = logger(caller, access);
		TimeStore.Sum total = store.itemTotal(itemId);
		List<TimeStore.Entry> entries = switch (access.audience()) {
			case CLIENT -> List.of();
			case FREELANCER -> logger.map(p -> store.entriesOfItem(itemId, p.id())).orElse(List.of());
			case PROVIDER -> store.entriesOfItem(itemId, null);
		};
		boolean mayLog = logger.isPresent() && access.status() != EngagementStatus.CLOSED;
		return new ItemTimeView(itemId, total.minutes(), total.approved(), views(caller, entries), mayLog);
	}

	/** Logs time on the item for the caller's person. */
	public TimeEntryView log(Caller caller, UUID itemId, TimeRequests.Entry request) {
		WorkItemView item = workItems.get(caller, itemId);
		EngagementAccess access = engagements.access(caller, item.engagementId());
		PersonCard person = logger(caller, access)
			.orElseThrow(() -> Problem.forbidden("A person of the provider's side on the engagement logs time"));
		notClosed(access);
		Valid valid = valid(request);
		Instant now = clock.instant();
		TimeStore.Sheet sheet = editableSheet(person.id(), access.providerOrgId(), valid.date(), now);
		withinDay(person.id(), valid.date(), valid.minutes(), null);
		inRange(caller, access, person, valid.date());
		TimeStore.Entry entry = new TimeStore.Entry(UUID.randomUUID(), sheet.id(), itemId, access.engagementId(),
				person.id(), caller.userId(), valid.date(), valid.minutes(), valid.note(), now, now, 0);
		store.insert(entry);
		recorded(caller, access, entry, 0, now);
		return views(caller, List.of(entry)).get(0);
	}

	/** Replaces the entry's date, minutes and note: its author only, while its week (and the new one) is open. */
	public TimeEntryView update(Caller caller, UUID entryId, @Nullable Long expectedVersion, TimeRequests.Entry request) {
		Instant now = clock.instant();
		Authored authored = changeable(caller, entryId, expectedVersion, now);
		TimeStore.Entry current = authored.entry();
		Valid valid = valid(request);
		TimeStore.Sheet sheet = editableSheet(current.personId(), authored.access().providerOrgId(), valid.date(), now);
		withinDay(current.personId(), valid.date(), valid.minutes(), current.id());
		inRange(caller, authored.access(), authored.person(), valid.date());
		TimeStore.Entry changed = new TimeStore.Entry(current.id(), sheet.id(), current.itemId(),
				current.engagementId(), current.personId(), current.authorUserId(), valid.date(), valid.minutes(),
				valid.note(), current.createdAt(), now, current.version() + 1);
		if (!store.update(changed, current.version())) {
			throw Problem.staleVersion();
		}
		recorded(caller, authored.access(), changed, current.minutes(), now);
		return views(caller, List.of(changed)).get(0);
	}

	/** Removes the entry: its author only, while its week is open. */
	public void delete(Caller caller, UUID entryId, @Nullable Long expectedVersion) {
		Instant now = clock.instant();
		Authored authored = changeable(caller, entryId, expectedVersion, now);
		TimeStore.Entry current = authored.entry();
		store.delete(current.id());
		TimeStore.Entry removed = new TimeStore.Entry(current.id(), current.sheetId(), current.itemId(),
				current.engagementId(), current.personId(), current.authorUserId(), current.date(), 0, null,
				current.createdAt(), now, current.version());
		recorded(caller, authored.access(), removed, current.minutes(), now);
	}

	private record Authored(TimeStore.Entry entry, EngagementAccess access, PersonCard person) {
	}

	/** The entry as its author may change it now: 404, 403, 412, 409 (closed engagement, locked week). */
	private Authored changeable(Caller caller, UUID entryId, @Nullable Long expectedVersion, Instant now) {
		Authored authored = authored(caller, entryId);
		TimeStore.Entry current = authored.entry();
		if (expectedVersion == null) {
			ETags.requireVersion(null);
		}
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		notClosed(authored.access());
		editableSheet(current.personId(), authored.access().providerOrgId(), current.date(), now);
		return authored;
	}

	/** The entry, 404 unless the caller may read it, 403 unless the caller's person logged it. */
	private Authored authored(Caller caller, UUID entryId) {
		TimeStore.Entry entry = store.entry(entryId).orElseThrow(TimeLog::entryNotFound);
		EngagementAccess access = visibleEntry(caller, entry);
		PersonCard person = logger(caller, access).filter(p -> p.id().equals(entry.personId()))
			.orElseThrow(() -> Problem.forbidden("Only the person who logged time changes it"));
		return new Authored(entry, access, person);
	}

	private EngagementAccess visibleEntry(Caller caller, TimeStore.Entry entry) {
		EngagementAccess access;
		try {
			workItems.get(caller, entry.itemId());
			access = engagements.access(caller, entry.engagementId());
		}
		catch (Problem hidden) {
			if (hidden.status() == HttpStatus.NOT_FOUND) {
				throw entryNotFound();
			}
			throw hidden;
		}
		boolean visible = switch (access.audience()) {
			case CLIENT -> false;
			case FREELANCER -> ownPerson(caller).filter(entry.personId()::equals).isPresent();
			case PROVIDER -> true;
		};
		if (!visible) {
			throw entryNotFound();
		}
		return access;
	}

	private record Valid(LocalDate date, int minutes, @Nullable String note) {
	}

	private static Valid valid(TimeRequests.Entry request) {
		List<Problem.FieldError> errors = new ArrayList<>();
		LocalDate date = null;
		if (request.date() == null || request.date().isBlank()) {
			errors.add(new Problem.FieldError("date", "required", "is required (e.g. 2026-11-27)"));
		}
		else {
			try {
				date = LocalDate.parse(request.date().strip());
			}
			catch (DateTimeException e) {
				errors.add(new Problem.FieldError("date", "format", "must be a day such as 2026-11-27"));
			}
		}
		Integer minutes = request.minutes();
		if (minutes == null) {
			errors.add(new Problem.FieldError("minutes", "required", "is required: 1 to " + DAY_MINUTES));
		}
		else if (minutes < 1 || minutes > DAY_MINUTES) {
			errors.add(new Problem.FieldError("minutes", "range", "must be 1 to " + DAY_MINUTES));
		}
		String note = WorkItemValidation.text("note", request.note(), NOTE_MAX, false, errors);
		WorkItemValidation.throwIfAny(errors, "The time entry has invalid fields");
		return new Valid(Objects.requireNonNull(date), Objects.requireNonNull(minutes), note);
	}

	/** The person's sheet of the date's week for the provider, locked; 409 unless it may still change. */
	private TimeStore.Sheet editableSheet(UUID personId, UUID providerOrgId, LocalDate date, Instant now) {
		IsoWeek week = IsoWeek.of(date);
		TimeStore.Sheet sheet = store.lockSheet(personId, providerOrgId, week.monday(), now);
		if (!sheet.status().editable()) {
			throw new Conflict("timesheet-locked",
					"The timesheet of " + week + " is " + sheet.status() + ": its entries no longer change",
					Map.of("week", week.toString(), "status", sheet.status(), "timesheetId", sheet.id()));
		}
		return sheet;
	}

	private void withinDay(UUID personId, LocalDate date, int minutes, @Nullable UUID except) {
		long logged = store.minutesOfDay(personId, date, except);
		if (logged + minutes > DAY_MINUTES) {
			throw new Conflict("day-full",
					"A day has " + DAY_MINUTES + " minutes; " + logged + " are already logged on " + date,
					Map.of("date", date.toString(), "loggedMinutes", logged, "maxMinutes", DAY_MINUTES));
		}
	}

	/** 422 for a day after today in the person's zone, or before the engagement's start. */
	private void inRange(Caller caller, EngagementAccess access, PersonCard person, LocalDate date) {
		LocalDate today = LocalDate.now(clock.withZone(zoneOf(person)));
		if (date.isAfter(today)) {
			throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "future-date",
					"Time is logged for today or earlier; today is " + today + " where you work",
					List.of(new Problem.FieldError("date", "future", "is after today (" + today + ")")));
		}
		LocalDate start = startOf(engagements.get(caller, access.engagementId()));
		if (start != null && date.isBefore(start)) {
			throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "before-engagement",
					"The engagement starts on " + start,
					List.of(new Problem.FieldError("date", "before-start", "is before the engagement's start (" + start
							+ ")")));
		}
	}

	private static @Nullable LocalDate startOf(EngagementView view) {
		if (view instanceof ProviderEngagementView provider) {
			return provider.startDate();
		}
		if (view instanceof ClientEngagementView client) {
			return client.startDate();
		}
		return view instanceof FreelancerEngagementView freelancer ? freelancer.startDate() : null;
	}

	private static ZoneId zoneOf(PersonCard person) {
		try {
			return ZoneId.of(person.zone());
		}
		catch (DateTimeException e) {
			return ZoneOffset.UTC;
		}
	}

	/** The item's timeline keeps an internal TIME_LOGGED line (never read by the client); the audit trail too. */
	private void recorded(Caller caller, EngagementAccess access, TimeStore.Entry entry, int before, Instant now) {
		items.lock(entry.itemId());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("entryId", entry.id());
		data.put("date", entry.date().toString());
		data.put("minutes", Map.of("before", before, "after", entry.minutes()));
		items.appendEvent(entry.itemId(), "TIME_LOGGED", caller.userId(), caller.email(), now, true, data);
		events.publishEvent(new TimeEvents.TimeEntryChanged(caller.userId(), caller.email(), entry.id(), entry.itemId(),
				entry.personId(), access.providerOrgId(), now, entry.date(), before, entry.minutes()));
	}

	// Timesheets

	/**
	 * The week's timesheets the caller may read: of one person (the caller's own person, or one of the people of
	 * an organization the caller manages or audits; anyone else 404), or without a person the caller's own and every
	 * sheet of the organizations it manages.
	 */
	@Transactional(readOnly = true)
	public List<TimesheetView> timesheets(Caller caller, @Nullable UUID personId, IsoWeek week) {
		Optional<UUID> own = ownPerson(caller);
		Set<UUID> managed = readableOrganizations(caller);
		Map<UUID, TimeStore.Sheet> sheets = new LinkedHashMap<>();
		if (personId != null) {
			boolean self = own.filter(personId::equals).isPresent();
			boolean managedPerson = talent.person(personId).filter(p -> managed.contains(p.organizationId())).isPresent()
					|| store.anySheetOf(personId, managed);
			if (!self && !managedPerson) {
				throw Problem.notFound("Person");
			}
			store.sheetsOfPerson(personId, week.monday())
				.stream()
				.filter(s -> self || managed.contains(s.providerOrgId()))
				.forEach(s -> sheets.put(s.id(), s));
		}
		else {
			own.ifPresent(p -> store.sheetsOfPerson(p, week.monday()).forEach(s -> sheets.put(s.id(), s)));
			store.sheetsOfProviders(managed, week.monday()).forEach(s -> sheets.putIfAbsent(s.id(), s));
		}
		return sheetViews(caller, List.copyOf(sheets.values()));
	}

	@Transactional(readOnly = true)
	public TimesheetView timesheet(Caller caller, UUID sheetId) {
		return sheetViews(caller, List.of(readable(caller, sheetId))).get(0);
	}

	/** The person submits its OPEN or RETURNED week. */
	public TimesheetView submit(Caller caller, UUID sheetId, @Nullable Long expectedVersion) {
		TimeStore.Sheet sheet = readable(caller, sheetId);
		if (!isPerson(caller, sheet)) {
			throw Problem.forbidden("The person whose week it is submits it");
		}
		return move(caller, sheet, expectedVersion, TimesheetStatus.SUBMITTED, null);
	}

	/** A manager of the provider approves a SUBMITTED week; its entries are then final. */
	public TimesheetView approve(Caller caller, UUID sheetId, @Nullable Long expectedVersion) {
		TimeStore.Sheet sheet = readable(caller, sheetId);
		approver(caller, sheet);
		return move(caller, sheet, expectedVersion, TimesheetStatus.APPROVED, null);
	}

	/** A manager of the provider returns a SUBMITTED week with a reason; the person may then change it. */
	public TimesheetView giveBack(Caller caller, UUID sheetId, @Nullable Long expectedVersion,
			TimeRequests.Return request) {
		TimeStore.Sheet sheet = readable(caller, sheetId);
		approver(caller, sheet);
		return move(caller, sheet, expectedVersion, TimesheetStatus.RETURNED, request);
	}

	private TimesheetView move(Caller caller, TimeStore.Sheet read, @Nullable Long expectedVersion,
			TimesheetStatus target, TimeRequests.@Nullable Return request) {
		TimeStore.Sheet sheet = store.lockSheet(read.id()).orElseThrow(TimeLog::sheetNotFound);
		if (expectedVersion != null && sheet.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		Set<TimesheetStatus> allowed = allowed(caller, sheet);
		if (!allowed.contains(target)) {
			throw new Conflict("illegal-transition", "A timesheet cannot move from " + sheet.status() + " to " + target
					+ " for you; allowed: " + allowed,
					Map.of("from", sheet.status(), "to", target, "allowed", List.copyOf(allowed)));
		}
		String reason = null;
		if (request != null) {
			List<Problem.FieldError> errors = new ArrayList<>();
			reason = WorkItemValidation.text("reason", request.reason(), REASON_MAX, true, errors);
			WorkItemValidation.throwIfAny(errors, "A returned timesheet needs a reason");
		}
		Instant now = clock.instant();
		if (!store.move(sheet, target,
				new TimeStore.Transition(sheet.status(), target, caller.userId(), caller.email(), now, reason))) {
			throw Problem.staleVersion();
		}
		events.publishEvent(new TimeEvents.TimesheetMoved(caller.userId(), caller.email(), sheet.id(), sheet.personId(),
				sheet.providerOrgId(), new IsoWeek(sheet.weekStart()).toString(), now, sheet.status(), target, reason));
		return timesheet(caller, sheet.id());
	}

	private TimeStore.Sheet readable(Caller caller, UUID sheetId) {
		TimeStore.Sheet sheet = store.sheet(sheetId).orElseThrow(TimeLog::sheetNotFound);
		if (!isPerson(caller, sheet) && !readableOrganizations(caller).contains(sheet.providerOrgId())) {
			throw sheetNotFound();
		}
		return sheet;
	}

	private static void approver(Caller caller, TimeStore.Sheet sheet) {
		if (!approves(caller, sheet.providerOrgId())) {
			throw Problem.forbidden("A manager of the provider approves or returns a timesheet");
		}
	}

	/** The provider's managers; a freelancer that is itself the provider has nobody above it. */
	static boolean approves(Caller caller, UUID providerOrgId) {
		return caller.hasRole(providerOrgId, Role.PROVIDER_MANAGER) || caller.hasRole(providerOrgId, Role.FREELANCER);
	}

	private Set<TimesheetStatus> allowed(Caller caller, TimeStore.Sheet sheet) {
		return sheet.status().next(isPerson(caller, sheet), approves(caller, sheet.providerOrgId()));
	}

	private boolean isPerson(Caller caller, TimeStore.Sheet sheet) {
		return ownPerson(caller).filter(sheet.personId()::equals).isPresent();
	}

	/** Organizations whose sheets the caller reads: those it manages, and those it audits. */
	private static Set<UUID> readableOrganizations(Caller caller) {
		return caller.memberships()
			.stream()
			.filter(m -> m.organizationId() != null && (m.role() == Role.PROVIDER_MANAGER
					|| m.role() == Role.FREELANCER || m.role() == Role.AUDITOR))
			.map(m -> m.organizationId())
			.collect(Collectors.toSet());
	}

	private List<TimesheetView> sheetViews(Caller caller, List<TimeStore.Sheet> sheets) {
		Map<UUID, List<TimeStore.Entry>> entries = store.entriesOfSheets(sheets.stream().map(TimeStore.Sheet::id).toList())
			.stream()
			.collect(Collectors.groupingBy(TimeStore.Entry::sheetId));
		Map<UUID, String> names = names(sheets.stream().map(TimeStore.Sheet::personId).collect(Collectors.toSet()));
		return sheets.stream()
			.sorted(Comparator.comparing((TimeStore.Sheet s) -> names.getOrDefault(s.personId(), ""))
				.thenComparing(TimeStore.Sheet::id))
			.map(sheet -> {
				IsoWeek week = new IsoWeek(sheet.weekStart());
				List<TimeStore.Entry> own = entries.getOrDefault(sheet.id(), List.of());
				Map<LocalDate, Long> perDay = new TreeMap<>();
				week.days().forEach(day -> perDay.put(day, 0L));
				own.forEach(e -> perDay.merge(e.date(), (long) e.minutes(), Long::sum));
				List<TimeViews.TransitionView> history = store.history(sheet.id())
					.stream()
					.map(t -> new TimeViews.TransitionView(t.from(), t.to(), t.actorLabel(), t.at(), t.reason()))
					.toList();
				return new TimesheetView(sheet.id(), sheet.personId(), names.getOrDefault(sheet.personId(), "?"),
						sheet.providerOrgId(), week.toString(), week.monday(), week.sunday(), sheet.status(),
						own.stream().mapToLong(TimeStore.Entry::minutes).sum(),
						perDay.entrySet().stream().map(d -> new DayTotal(d.getKey(), d.getValue())).toList(),
						views(caller, own, Map.of(sheet.id(), sheet.status())), history, allowed(caller, sheet),
						sheet.version());
			})
			.toList();
	}

	// Totals

	/**
	 * The engagement's minutes between two days (inclusive, either open), per week and per item type, total and
	 * approved; per person for the provider's side only (a freelancer: its own line).
	 */
	@Transactional(readOnly = true)
	public TimeViews.TimeTotalsView totals(Caller caller, UUID engagementId, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		EngagementAccess access = engagements.access(caller, engagementId);
		if (from != null && to != null && from.isAfter(to)) {
			throw Problem.invalid("to", "before-from", "must not be before from");
		}
		List<TimeViews.WeekTotal> weeks = store.engagementSums(engagementId, from, to, TimeStore.By.WEEK)
			.stream()
			.map(s -> {
				IsoWeek week = new IsoWeek(LocalDate.parse(s.key()));
				return new TimeViews.WeekTotal(week.toString(), week.monday(), s.minutes(), s.approved());
			})
			.toList();
		List<TimeViews.TypeTotal> types = store.engagementSums(engagementId, from, to, TimeStore.By.ITEM_TYPE)
			.stream()
			.map(s -> new TimeViews.TypeTotal(WorkItemType.valueOf(s.key()), s.minutes(), s.approved()))
			.toList();
		List<TimeViews.PersonTotal> people = null;
		if (access.audience() != Audience.CLIENT) {
			Optional<UUID> own = ownPerson(caller);
			List<TimeStore.Sum> sums = store.engagementSums(engagementId, from, to, TimeStore.By.PERSON)
				.stream()
				.filter(s -> access.audience() == Audience.PROVIDER
						|| own.map(UUID::toString).filter(s.key()::equalsIgnoreCase).isPresent())
				.toList();
			Map<UUID, String> names = names(sums.stream().map(s -> UUID.fromString(s.key())).collect(Collectors.toSet()));
			people = sums.stream()
				.map(s -> {
					UUID id = UUID.fromString(s.key());
					return new TimeViews.PersonTotal(id, names.getOrDefault(id, "?"), s.minutes(), s.approved());
				})
				.sorted(Comparator.comparing(TimeViews.PersonTotal::person))
				.toList();
		}
		long total = types.stream().mapToLong(TimeViews.TypeTotal::minutes).sum();
		long approved = types.stream().mapToLong(TimeViews.TypeTotal::approvedMinutes).sum();
		return new TimeViews.TimeTotalsView(engagementId, from, to, total, approved, weeks, types, people);
	}

	/**
	 * The engagement's minutes per person logged between two days (inclusive), without a caller: for a module that
	 * computes figures from them and decides itself what its reader may see of them (governance's dependency risk,
	 * which never names a person to the client). People who logged nothing are absent.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Long> minutesByPerson(UUID engagementId, LocalDate from, LocalDate to) {
		Map<UUID, Long> minutes = new HashMap<>();
		store.engagementSums(engagementId, from, to, TimeStore.By.PERSON)
			.forEach(sum -> minutes.put(UUID.fromString(sum.key()), sum.minutes()));
		return minutes;
	}

	// Helpers

	/** The caller's person, if it logs on this engagement: of the provider's side, and of the provider or staffed. */
	Optional<PersonCard> logger(Caller caller, EngagementAccess access) {
		if (WorkItems.sideOf(caller, access) != Side.PROVIDER) {
			return Optional.empty();
		}
		return talent.personOfUser(caller.userId())
			.filter(p -> p.organizationId().equals(access.providerOrgId()) || access.staffed(p.id()).isPresent());
	}

	private Optional<UUID> ownPerson(Caller caller) {
		return talent.personOfUser(caller.userId()).map(PersonCard::id);
	}

	private Map<UUID, String> names(Set<UUID> people) {
		return talent.people(people).stream().collect(Collectors.toMap(PersonCard::id, PersonCard::displayName));
	}

	private List<TimeEntryView> views(Caller caller, List<TimeStore.Entry> entries) {
		Map<UUID, TimesheetStatus> statuses = new HashMap<>();
		entries.forEach(e -> statuses.computeIfAbsent(e.sheetId(),
				id -> store.sheet(id).map(TimeStore.Sheet::status).orElse(TimesheetStatus.OPEN)));
		return views(caller, entries, statuses);
	}

	private List<TimeEntryView> views(Caller caller, List<TimeStore.Entry> entries,
			Map<UUID, TimesheetStatus> statuses) {
		Map<UUID, String> names = names(entries.stream().map(TimeStore.Entry::personId).collect(Collectors.toSet()));
		Map<UUID, WorkItem> itemsById = entries.stream()
			.map(TimeStore.Entry::itemId)
			.distinct()
			.map(items::find)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(WorkItem::id, Function.identity()));
		Optional<UUID> own = ownPerson(caller);
		return entries.stream().map(e -> {
			WorkItem item = itemsById.get(e.itemId());
			TimesheetStatus status = statuses.getOrDefault(e.sheetId(), TimesheetStatus.OPEN);
			boolean mine = own.filter(e.personId()::equals).isPresent() && status.editable();
			return new TimeEntryView(e.id(), e.itemId(), item == null ? "?" : "#" + item.number(),
					item == null ? "" : item.title(), e.personId(), names.getOrDefault(e.personId(), "?"), e.date(),
					IsoWeek.of(e.date()).toString(), e.minutes(), e.note(), status, mine, e.updatedAt(), e.version());
		}).toList();
	}

	private static void notClosed(EngagementAccess access) {
		if (access.status() == EngagementStatus.CLOSED) {
			throw Problem.conflict("engagement-closed", "A closed engagement no longer changes");
		}
	}

	private static Problem entryNotFound() {
		return Problem.notFound("Time entry");
	}

	private static Problem sheetNotFound() {
		return Problem.notFound("Timesheet");
	}

	/** A 409 whose body says what the caller needs to recover: the day, the week, the allowed moves. */
	static final class Conflict extends Problem {

		private final transient Map<String, Object> properties;

		Conflict(String code, String detail, Map<String, Object> properties) {
			super(HttpStatus.CONFLICT, code, detail);
			this.properties = Map.copyOf(properties);
		}

		@Override
		public Map<String, Object> properties() {
			return properties;
		}
	}
}
