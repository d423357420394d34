package org.pilotage.governance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.Audience;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementView;
import org.pilotage.engagement.Engagements;
import org.pilotage.engagement.ProviderEngagementView;
import org.pilotage.governance.WeeklyReportStore.Archived;
import org.pilotage.governance.WeeklyReportStore.Summary;
import org.pilotage.identity.Caller;
import org.pilotage.identity.Role;
import org.pilotage.identity.UserContacts;
import org.pilotage.shared.Dates;
import org.pilotage.shared.Paging;
import org.pilotage.shared.Problem;
import org.pilotage.sla.SlaDeadlines;
import org.pilotage.sla.SlaDeadlines.FiredDeadline;
import org.pilotage.work.IsoWeek;
import org.pilotage.work.WorkItemType;
import org.pilotage.work.WorkMeasures;
import org.pilotage.work.WorkMeasures.ListedItem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly follow-up reports of engagements and their decisions and actions.
 *
 * <p>
 * A report is read from the stored data when it is generated ({@link WeeklyReportAssembly} puts it together) and
 * archived as it was: the Monday schedule generates the week just ended once across instances
 * ({@link #generateScheduled}), and the parties' administrators may generate any ended week again ("generate now"),
 * which adds a revision and never changes an archived one.
 *
 * <p>
 * Both parties read the reports and the actions (their members, the auditors attached to them, the platform's
 * administrators); a staffed freelancer gets 404, as for an unknown engagement. The parties' administrators (a
 * client's administrator, a provider's manager, a freelancer that is itself the provider) generate reports and write
 * the actions.
 */
@Service
class WeeklyReports {

	/** The longest text of an action; the longest free-text owner. */
	static final int MAX_TEXT = 1_000;
	static final int MAX_OWNER = 200;

	/** Who generated a scheduled report, as archived: the schedule itself. */
	static final String SCHEDULE = "schedule";

	/** A "generate now": the week, written {@code 2026-W48}. */
	record GenerateRequest(@Nullable String week) {
	}

	/** An action as written: every field optional on the wire, the checks name each bad one. */
	record ActionRequest(@Nullable String kind, @Nullable String text, @Nullable UUID ownerUserId,
			@Nullable String owner, @Nullable String dueDate, @Nullable String status) {
	}

	/** An archived report with its place in the archive and whether the caller may generate and edit. */
	record ReportView(UUID engagementId, String week, int revision, List<Integer> revisions, boolean scheduled,
			Instant generatedAt, String generatedBy, boolean editable, WeeklyReport report) {
	}

	/** A week of the archive: its latest revision and how many there are. */
	record WeekView(String week, @Nullable LocalDate monday, int revision, int revisions, boolean scheduled,
			Instant generatedAt, String generatedBy) {
	}

	/** The archive of an engagement, the latest week first. */
	record Archive(UUID engagementId, String title, boolean editable, List<WeekView> weeks) {
	}

	/** A member of one of the parties who may own an action. */
	record Owner(UUID userId, String name) {
	}

	private final WeeklyReportStore store;
	private final GovernanceKpis kpis;
	private final Engagements engagements;
	private final SlaDeadlines deadlines;
	private final WorkMeasures work;
	private final DependencyRisks risks;
	private final UserContacts contacts;
	private final WeeklyReportMail mail;
	private final CreditContracts credits;
	private final Clock clock;

	WeeklyReports(WeeklyReportStore store, GovernanceKpis kpis, Engagements engagements, SlaDeadlines deadlines,
			WorkMeasures work, DependencyRisks risks, UserContacts contacts, WeeklyReportMail mail,
			CreditContracts credits, Clock clock) {
		this.store = store;
		this.kpis = kpis;
		this.engagements = engagements;
		this.deadlines = deadlines;
		this.work = work;
		this.risks = risks;
		this.contacts = contacts;
		this.mail = mail;
		this.credits = credits;
		this.clock = clock;
	}

	// Reading

	@Transactional(readOnly = true)
	Archive archive(Caller caller, UUID engagementId) {
		EngagementAccess access = readable(caller, engagementId);
		Map<String, List<Summary>> byWeek = store.summaries(engagementId)
			.stream()
			.collect(Collectors.groupingBy(Summary::week, LinkedHashMap::new, Collectors.toList()));
		List<WeekView> weeks = new ArrayList<>();
		byWeek.forEach((week, revisions) -> {
			Summary latest = revisions.get(0);
			// a week archived before weeks were written with four digits (0-W01) is listed without its Monday
			weeks.add(new WeekView(week, IsoWeek.parse(week).map(IsoWeek::monday).orElse(null), latest.revision(),
					revisions.size(), latest.scheduled(), latest.generatedAt(), latest.generatedBy()));
		});
		return new Archive(engagementId, access.title(), mayWrite(caller, access), weeks);
	}

	/**
	 * The week's report: its latest revision, or the one asked for. @throws Problem 400 for a malformed week, 404 when
	 * the week has no report (or not that revision) or the caller may not read the engagement's reports
	 */
	@Transactional(readOnly = true)
	ReportView get(Caller caller, UUID engagementId, String week, @Nullable Integer revision) {
		EngagementAccess access = readable(caller, engagementId);
		IsoWeek parsed = week(week);
		Archived archived = store.find(engagementId, parsed.toString(), revision)
			.orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "no-report", "The week has no report: generate it"));
		return view(archived, mayWrite(caller, access));
	}

	/** The ISO week a path or a form names. @throws Problem 400 naming the field {@code week} */
	static IsoWeek week(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw Problem.invalid("week", "required", "Name the ISO week, e.g. 2026-W48");
		}
		return IsoWeek.parse(text)
			.orElseThrow(() -> Problem.invalid("week", "malformed-week", "A week is written 2026-W48 (ISO 8601)"));
	}

	/**
	 * The engagement's first day: the earlier of its start date and the day it was made (work may be recorded before
	 * the contract starts), in its client's zone.
	 */
	private LocalDate firstDay(UUID engagementId, ZoneId zone) {
		EngagementView engagement = engagements.get(Caller.platform(), engagementId);
		if (engagement instanceof ProviderEngagementView view) {
			LocalDate made = view.createdAt().atZone(zone).toLocalDate();
			return view.startDate() != null && view.startDate().isBefore(made) ? view.startDate() : made;
		}
		return LocalDate.MIN;
	}

	private ReportView view(Archived archived, boolean editable) {
		List<Integer> revisions = store.summaries(archived.engagementId())
			.stream()
			.filter(summary -> summary.week().equals(archived.week()))
			.map(Summary::revision)
			.sorted()
			.toList();
		return new ReportView(archived.engagementId(), archived.week(), archived.revision(), revisions,
				archived.scheduled(), archived.generatedAt(), archived.generatedBy(), editable, archived.report());
	}

	// Generating

	/**
	 * Generates the week's report now and archives it as a new revision. @throws Problem 400 naming {@code week} when
	 * it is missing, malformed or not ended yet in the client's zone; 403 for a reader; 409 when another generation of
	 * the same week was archived at the same instant
	 */
	@Transactional
	ReportView generate(Caller caller, UUID engagementId, GenerateRequest request) {
		EngagementAccess access = readable(caller, engagementId);
		if (!mayWrite(caller, access)) {
			throw Problem.forbidden("Only the parties' administrators generate weekly reports");
		}
		IsoWeek week = week(request.week());
		ZoneId zone = kpis.zoneOf(engagementId);
		Instant now = clock.instant();
		if (WeeklyReportAssembly.period(week, zone).to().isAfter(now)) {
			throw Problem.invalid("week", "week-not-ended", "The week " + week + " has not ended yet in " + zone);
		}
		LocalDate first = firstDay(engagementId, zone);
		if (week.sunday().isBefore(first)) {
			throw Problem.invalid("week", "week-before-start", "The week " + week + " ends before the engagement began ("
					+ first + ", the earlier of its start and the day it was made)");
		}
		try {
			return view(archive(engagementId, week, now, false, caller.userId(), caller.email()), true);
		}
		catch (DuplicateKeyException concurrent) {
			throw Problem.conflict("report-generating", "The week's report is being generated: read it again");
		}
	}

	/**
	 * The schedule's generation of the engagement's week, in the caller's transaction: claims the week (once across
	 * instances), archives the report and queues its e-mails. False when the week was claimed already, by this
	 * instance or another, in which case nothing is written.
	 */
	@Transactional
	boolean generateScheduled(UUID engagementId, IsoWeek week, String instance) {
		Instant now = clock.instant();
		UUID reportId = UUID.randomUUID();
		if (!store.claim(engagementId, week.toString(), reportId, now, instance)) {
			return false;
		}
		Archived archived = archive(engagementId, week, now, true, null, SCHEDULE, reportId);
		mail.send(archived);
		return true;
	}

	/** Whether the schedule generated the week already (a cheap look before claiming). */
	@Transactional(readOnly = true)
	boolean scheduled(UUID engagementId, IsoWeek week) {
		return store.claimed(engagementId, week.toString());
	}

	private Archived archive(UUID engagementId, IsoWeek week, Instant now, boolean scheduled, @Nullable UUID by,
			String label) {
		return archive(engagementId, week, now, scheduled, by, label, UUID.randomUUID());
	}

	private Archived archive(UUID engagementId, IsoWeek week, Instant now, boolean scheduled, @Nullable UUID by,
			String label, UUID id) {
		ZoneId zone = kpis.zoneOf(engagementId);
		WeeklyReport report = build(engagementId, week, zone, now);
		Archived archived = new Archived(id, engagementId, week.toString(),
				store.nextRevision(engagementId, week.toString()), scheduled, now, label, report);
		store.insert(archived, WeeklyReportAssembly.period(week, zone), by);
		return archived;
	}

	/** Reads what the report of the week is made of, as it stands at {@code now}, and puts it together. */
	WeeklyReport build(UUID engagementId, IsoWeek week, ZoneId zone, Instant now) {
		Caller platform = Caller.platform();
		EngagementView engagement = engagements.get(platform, engagementId);
		Period period = WeeklyReportAssembly.period(week, zone);
		Period previous = WeeklyReportAssembly.period(week.previous(), zone);
		List<FiredDeadline> fired = firedSince(engagementId, period.from());
		KpiFigures figures = kpis.figures(engagementId, period);
		Set<UUID> mentioned = new java.util.HashSet<>();
		fired.forEach(deadline -> mentioned.add(deadline.itemId()));
		figures.of(Kpi.SLA_COMPLIANCE).forEach(figure -> mentioned.addAll(figure.otherItems()));
		Map<UUID, ListedItem> items = work.listed(mentioned)
			.stream()
			.collect(Collectors.toMap(ListedItem::id, Function.identity()));
		List<RiskWarning> warnings = risks.engagement(platform, engagementId, null)
			.warnings()
			.stream()
			.map(w -> new RiskWarning(w.code(), w.level(), w.value(), w.threshold()))
			.toList();
		return WeeklyReportAssembly.assemble(new WeeklyReportAssembly.Inputs(engagementId, engagement.title(),
				engagement.client().name(), engagement.provider().name(), week, zone, now, figures,
				kpis.figures(engagementId, previous), fired, items,
				work.oldestOpen(engagementId, WeeklyReportAssembly.OLDEST),
				work.dueBetween(engagementId, WorkItemType.DELIVERABLE, week.sunday().plusDays(1),
						WeeklyReportAssembly.dueUntil(week), WeeklyReportAssembly.MAX_ITEMS),
				warnings, named(store.actions(engagementId)),
				credits.forReport(engagementId, YearMonth.from(week.sunday())).orElse(null)));
	}

	/** The engagement's deadlines fired since {@code from}, read page by page, the latest first. */
	private List<FiredDeadline> firedSince(UUID engagementId, Instant from) {
		List<FiredDeadline> fired = new ArrayList<>();
		for (int page = 0;; page++) {
			List<FiredDeadline> items = deadlines.firedOnEngagement(engagementId, null, new Paging(page, Paging.MAX_SIZE))
				.items();
			for (FiredDeadline deadline : items) {
				if (deadline.firedAt().isBefore(from)) {
					return fired;
				}
				fired.add(deadline);
			}
			if (items.size() < Paging.MAX_SIZE) {
				return fired;
			}
		}
	}

	// Decisions and actions

	@Transactional(readOnly = true)
	List<ReportAction> actions(Caller caller, UUID engagementId) {
		readable(caller, engagementId);
		return named(store.actions(engagementId));
	}

	/** The members of the parties who may own an action, by name. */
	@Transactional(readOnly = true)
	List<Owner> owners(Caller caller, UUID engagementId) {
		return owners(readable(caller, engagementId));
	}

	/**
	 * Adds a decision or an action, open unless the request says otherwise. @throws Problem 400 naming every bad
	 * field, 403 for a reader
	 */
	@Transactional
	ReportAction addAction(Caller caller, UUID engagementId, ActionRequest request) {
		EngagementAccess access = writable(caller, engagementId);
		Instant now = clock.instant();
		ReportAction action = action(access, request, UUID.randomUUID(), 1, now, caller.email(), now, caller.email(),
				null);
		store.insertAction(action);
		return named(List.of(action)).get(0);
	}

	/**
	 * Rewrites an action (its text, kind, owner, due date and status). @throws Problem 400 naming every bad field, 403
	 * for a reader, 404 for an action of another engagement, 412 when it changed since the version read
	 */
	@Transactional
	ReportAction updateAction(Caller caller, UUID engagementId, UUID actionId, long expectedVersion,
			ActionRequest request) {
		EngagementAccess access = writable(caller, engagementId);
		ReportAction current = store.action(engagementId, actionId).orElseThrow(() -> Problem.notFound("Action"));
		if (current.version() != expectedVersion) {
			throw Problem.staleVersion();
		}
		Instant now = clock.instant();
		ReportAction changed = action(access, request, actionId, current.version() + 1, current.createdAt(),
				current.createdBy(), now, caller.email(), current);
		if (!store.updateAction(changed, current.version())) {
			throw Problem.staleVersion();
		}
		return named(List.of(changed)).get(0);
	}

	/** The action a request describes. @throws Problem 400 with every bad field at once */
	private ReportAction action(EngagementAccess access, ActionRequest request, UUID id, int version, Instant createdAt,
			String createdBy, Instant now, String updatedBy, @Nullable ReportAction before) {
		List<Problem.FieldError> errors = new ArrayList<>();
		ReportAction.Kind kind = value(ReportAction.Kind.class, "kind", request.kind(), ReportAction.Kind.ACTION,
				errors);
		String text = request.text() == null ? "" : request.text().strip();
		if (text.isEmpty()) {
			errors.add(new Problem.FieldError("text", "required", "Write what was decided or is to be done"));
		}
		else if (text.length() > MAX_TEXT) {
			errors.add(new Problem.FieldError("text", "too-long", "At most " + MAX_TEXT + " characters"));
		}
		String owner = request.owner() == null || request.owner().isBlank() ? null : request.owner().strip();
		if (owner != null && owner.length() > MAX_OWNER) {
			errors.add(new Problem.FieldError("owner", "too-long", "At most " + MAX_OWNER + " characters"));
		}
		if (request.ownerUserId() != null) {
			if (owner != null) {
				errors.add(new Problem.FieldError("owner", "owner-twice", "Name a member or write a name, not both"));
			}
			else if (owners(access).stream().noneMatch(o -> o.userId().equals(request.ownerUserId()))) {
				errors.add(new Problem.FieldError("ownerUserId", "unknown-owner",
						"Not a member of the client or of the provider"));
			}
		}
		LocalDate due = null;
		if (request.dueDate() != null && !request.dueDate().isBlank()) {
			try {
				due = LocalDate.parse(request.dueDate().strip());
				if (!Dates.within(due)) {
					errors.add(Dates.outOfRange("dueDate"));
				}
			}
			catch (DateTimeParseException malformed) {
				errors.add(new Problem.FieldError("dueDate", "malformed-date", "A date is written 2026-11-30"));
			}
		}
		ReportAction.Status status = value(ReportAction.Status.class, "status", request.status(),
				ReportAction.Status.OPEN, errors);
		if (!errors.isEmpty()) {
			throw new Problem(HttpStatus.BAD_REQUEST, "invalid-input", "The action has invalid fields", errors);
		}
		// an action closed once keeps the instant it was closed, whatever else changes, so it stays in that week
		Instant closedAt = status == ReportAction.Status.OPEN ? null
				: before != null && before.closedAt() != null ? before.closedAt() : now;
		return new ReportAction(id, access.engagementId(), kind, text, request.ownerUserId(), owner, due, status,
				closedAt, version, createdAt, createdBy, now, updatedBy);
	}

	/** The constant a field names, its default when left out; an unknown one is a bad field. */
	private static <E extends Enum<E>> E value(Class<E> type, String field, @Nullable String text, E fallback,
			List<Problem.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new Problem.FieldError(field, "unknown", "One of " + java.util.Arrays.toString(type.getEnumConstants())));
			return fallback;
		}
	}

	/** The actions with a member owner named as identity names it now. */
	private List<ReportAction> named(List<ReportAction> actions) {
		return actions.stream()
			.map(action -> action.ownerUserId() == null ? action
					: new ReportAction(action.id(), action.engagementId(), action.kind(), action.text(),
							action.ownerUserId(), contacts.find(action.ownerUserId())
								.map(UserContacts.Contact::displayName)
								.orElse("?"),
							action.dueDate(), action.status(), action.closedAt(), action.version(), action.createdAt(),
							action.createdBy(), action.updatedAt(), action.updatedBy()))
			.toList();
	}

	private List<Owner> owners(EngagementAccess access) {
		Map<UUID, Owner> owners = new LinkedHashMap<>();
		for (Role role : List.of(Role.CLIENT_ADMIN, Role.CLIENT_MEMBER)) {
			contacts.holding(access.clientOrgId(), role)
				.forEach(c -> owners.putIfAbsent(c.userId(), new Owner(c.userId(), c.displayName())));
		}
		for (Role role : List.of(Role.PROVIDER_MANAGER, Role.PROVIDER_AGENT, Role.FREELANCER)) {
			contacts.holding(access.providerOrgId(), role)
				.forEach(c -> owners.putIfAbsent(c.userId(), new Owner(c.userId(), c.displayName())));
		}
		return List.copyOf(owners.values());
	}

	// Access

	/** The engagement, if the caller reads its reports. @throws Problem 404 alike for the hidden and the freelancer */
	EngagementAccess readable(Caller caller, UUID engagementId) {
		EngagementAccess access = engagements.access(caller, engagementId);
		if (access.audience() == Audience.FREELANCER) {
			throw Problem.notFound("Engagement");
		}
		return access;
	}

	private EngagementAccess writable(Caller caller, UUID engagementId) {
		EngagementAccess access = readable(caller, engagementId);
		if (!mayWrite(caller, access)) {
			throw Problem.forbidden("Only the parties' administrators write the decisions and actions");
		}
		return access;
	}

	/** The parties' administrators, as for the service-credit contract. */
	static boolean mayWrite(Caller caller, EngagementAccess access) {
		return CreditContracts.mayWrite(caller, access);
	}

	/** The language of a report's labels for a reader. */
	static Locale language(Locale requested) {
		return "fr".equals(requested.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
	}
}
