package org.pilotage.work;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pilotage.engagement.EngagementAccess;
import org.pilotage.engagement.EngagementStatus;
import org.pilotage.engagement.Engagements;
import org.pilotage.identity.Actor;
import org.pilotage.identity.Caller;
import org.pilotage.shared.AuditableEvent;
import org.pilotage.shared.Problem;
import org.pilotage.talent.PersonCard;
import org.pilotage.talent.TalentDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of work items into an engagement, all or nothing: every row is judged first, with the rules of a
 * single creation ({@link WorkItemValidation}, the caller's side) and the import's own (external keys unique per
 * engagement, open statuses only, assignees staffed now); one bad row and nothing is written, the answer listing
 * every bad row with every bad field. Then every item is written in this one transaction with its timeline
 * (CREATED, then ASSIGNED and STATUS_CHANGED "imported" where the row says so), at the import's instant and by the
 * importing user. One {@link WorkItemsImported} event tells the rest of the platform (one audit line, one notice to
 * the importer) instead of an event per item, so that an import of thousands sends no mail to anyone.
 */
@Service
@Transactional
public class WorkImports {

	static final int EXTERNAL_KEY_MAX = 100;

	/** Open work only: a finished item is history, not work to track, and the SLA would measure nothing of it. */
	static final Set<WorkStatus> IMPORTABLE = EnumSet.of(WorkStatus.NEW, WorkStatus.OPEN, WorkStatus.IN_PROGRESS,
			WorkStatus.WAITING_ON_CLIENT, WorkStatus.WAITING_ON_PROVIDER);

	private final Engagements engagements;
	private final TalentDirectory talent;
	private final WorkStore store;
	private final WorkImportStore imports;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final Clock clock;

	WorkImports(Engagements engagements, TalentDirectory talent, WorkStore store, WorkImportStore imports,
			ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.engagements = engagements;
		this.talent = talent;
		this.store = store;
		this.imports = imports;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	/** How the rows come: a JSON array of objects (or {"items":[…]}), or a CSV file with a header row. */
	public enum Format {
		JSON, CSV
	}

	/** One imported item, in the order of the file's rows. */
	public record Imported(int row, UUID id, int number, String key, @Nullable String externalKey) {
	}

	/** What an import did: with {@code dryRun}, what it would do (the rows are valid) and no item. */
	public record Result(boolean dryRun, int count, List<Imported> items) {
	}

	/** A bad row: its number among the data rows, its CSV line, its external key, and every bad field. */
	public record RowReport(int row, @Nullable Integer line, @Nullable String externalKey,
			List<Problem.FieldError> errors) {
	}

	/** The import happened: {@code count} items numbered {@code firstNumber} to {@code lastNumber}. */
	public record WorkItemsImported(Actor actor, UUID engagementId, UUID organizationId, Instant at, int count,
			int firstNumber, int lastNumber) implements AuditableEvent {

		public @Nullable UUID actorId() { return actor.id(); }
		public String actorLabel() { return actor.label(); }
		public String action() { return "work-items.imported"; }
		public String targetType() { return "engagement"; }
		public String targetId() { return engagementId.toString(); }
		public String summary() { return "imported " + count + " work items (#" + firstNumber + " to #" + lastNumber + ")"; }
	}

	/** 400 listing every bad row; nothing was written. */
	static final class InvalidRows extends Problem {

		private final int total;
		private final List<RowReport> rows;

		InvalidRows(int total, List<RowReport> rows) {
			super(HttpStatus.BAD_REQUEST, "invalid-rows",
					rows.size() + " of " + total + " rows are invalid; nothing was imported");
			this.total = total;
			this.rows = List.copyOf(rows);
		}

		List<RowReport> rows() {
			return rows;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("total", total, "invalid", rows.size(), "rows", rows);
		}
	}

	/**
	 * Checks 404 (the engagement), 403 (a reader), 409 (not active), then reads and judges the file: 400 for a file
	 * that cannot be read or has no row, 400 {@code invalid-rows} for bad rows; then writes every row, unless
	 * {@code dryRun}.
	 */
	public Result importItems(Caller caller, UUID engagementId, Format format, byte[] body, boolean dryRun) {
		EngagementAccess access = engagements.access(caller, engagementId);
		Side side = WorkItems.sideOf(caller, access);
		if (side == null) {
			throw Problem.forbidden("Auditors and the platform administrator read work items; they do not import them");
		}
		if (access.status() != EngagementStatus.ACTIVE) {
			throw Problem.conflict("engagement-not-active",
					"Work items are imported into an active engagement; this one is " + access.status());
		}
		List<WorkImportRows.Row> rows = format == Format.JSON ? WorkImportRows.json(body, json)
				: WorkImportRows.csv(body);
		if (rows.isEmpty()) {
			throw WorkImportRows.fileProblem("empty-import", "The import has no rows", null);
		}
		List<Checked> checked = check(side, access, rows);
		List<RowReport> bad = checked.stream()
			.filter(c -> !c.errors().isEmpty())
			.map(c -> new RowReport(c.row().number(), c.row().line(), c.row().get("externalKey"), c.errors()))
			.toList();
		if (!bad.isEmpty()) {
			throw new InvalidRows(rows.size(), bad);
		}
		if (dryRun) {
			return new Result(true, rows.size(), List.of());
		}
		return write(caller, access, checked);
	}

	/** A row as judged: the values to write when {@code errors} is empty. */
	private record Checked(WorkImportRows.Row row, List<Problem.FieldError> errors,
			WorkItemValidation.@Nullable Valid valid, @Nullable String externalKey, WorkStatus status,
			@Nullable UUID assignee, @Nullable Instant sourceCreatedAt) {
	}

	private List<Checked> check(Side side, EngagementAccess access, List<WorkImportRows.Row> rows) {
		Map<String, Integer> existing = imports.externalKeys(access.engagementId(),
				rows.stream().map(r -> r.get("externalKey")).filter(k -> k != null && !k.isBlank()).map(String::strip)
					.collect(Collectors.toSet()));
		Map<String, UUID> staffedByEmail = staffedByEmail(access);
		Map<String, Integer> seen = new HashMap<>();
		Instant now = clock.instant();
		List<Checked> checked = new ArrayList<>();
		for (WorkImportRows.Row row : rows) {
			List<Problem.FieldError> errors = new ArrayList<>(row.errors());
			String key = WorkItemValidation.text("externalKey", row.get("externalKey"), EXTERNAL_KEY_MAX, false,
					errors);
			if (key != null) {
				Integer first = seen.putIfAbsent(key, row.number());
				if (first != null) {
					errors.add(new Problem.FieldError("externalKey", "duplicate", "is also the key of row " + first));
				}
				else if (existing.containsKey(key)) {
					errors.add(new Problem.FieldError("externalKey", "already-imported",
							"was already imported as #" + existing.get(key)));
				}
			}
			LocalDate due = date(row.get("dueDate"), errors);
			WorkItemRequest request = new WorkItemRequest(row.get("type"), row.get("ticketType"), row.get("title"),
					row.get("description"), row.get("category"), row.get("impact"), row.get("urgency"), due,
					row.get("acceptanceCriteria"));
			WorkItemValidation.Valid valid = null;
			try {
				valid = WorkItemValidation.check(request, null, access.kind());
			}
			catch (Problem invalid) {
				errors.addAll(invalid.fieldErrors());
			}
			if (valid != null && side == Side.CLIENT && valid.type() != WorkItemType.TICKET) {
				errors.add(new Problem.FieldError("type", "forbidden",
						"the client's users import tickets; tasks and deliverables are the provider's"));
			}
			WorkStatus status = status(side, row.get("status"), errors);
			UUID assignee = assignee(side, access, staffedByEmail, row.get("assignee"), errors);
			Instant created = instant(row.get("createdAt"), now, errors);
			checked.add(new Checked(row, errors, valid, key, status, assignee, created));
		}
		return checked;
	}

	private static @Nullable LocalDate date(@Nullable String value, List<Problem.FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.add(new Problem.FieldError("dueDate", "date", "must be a date as YYYY-MM-DD"));
			return null;
		}
	}

	private static WorkStatus status(Side side, @Nullable String value, List<Problem.FieldError> errors) {
		WorkStatus status = WorkItemValidation.enumOf(WorkStatus.class, "status", value, false, errors);
		if (status == null) {
			return WorkStatus.NEW;
		}
		if (!IMPORTABLE.contains(status)) {
			errors.add(new Problem.FieldError("status", "not-importable",
					"must be open work: one of " + IMPORTABLE.stream().map(Enum::name).collect(Collectors.joining(", "))));
		}
		else if (side == Side.CLIENT && status != WorkStatus.NEW) {
			errors.add(new Problem.FieldError("status", "provider-only",
					"the client's imported tickets start as NEW; the provider's side moves them"));
		}
		return status;
	}

	private static @Nullable UUID assignee(Side side, EngagementAccess access, Map<String, UUID> staffedByEmail,
			@Nullable String value, List<Problem.FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (side != Side.PROVIDER) {
			errors.add(new Problem.FieldError("assignee", "provider-only", "the provider's side assigns work"));
			return null;
		}
		String given = value.strip();
		Optional<UUID> person = Optional.ofNullable(staffedByEmail.get(given.toLowerCase(Locale.ROOT)));
		if (person.isEmpty()) {
			try {
				UUID id = UUID.fromString(given);
				person = access.staffed(id).map(EngagementAccess.StaffedPerson::personId);
			}
			catch (IllegalArgumentException notAnId) {
				person = Optional.empty();
			}
		}
		if (person.isEmpty()) {
			errors.add(new Problem.FieldError("assignee", "not-staffed",
					"must be the id or e-mail of a person staffed on the engagement"));
		}
		return person.orElse(null);
	}

	private static @Nullable Instant instant(@Nullable String value, Instant now, List<Problem.FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			Instant instant = OffsetDateTime.parse(value.strip()).toInstant();
			if (instant.isAfter(now)) {
				errors.add(new Problem.FieldError("createdAt", "future", "must not be in the future"));
			}
			return instant;
		}
		catch (DateTimeParseException unreadable) {
			errors.add(new Problem.FieldError("createdAt", "instant",
					"must be an instant with its offset, e.g. 2026-03-01T09:30:00Z or 2026-03-01T10:30:00+01:00"));
			return null;
		}
	}

	/** The people staffed on the engagement now, by e-mail (lower case). */
	private Map<String, UUID> staffedByEmail(EngagementAccess access) {
		Set<UUID> staffed = access.people().values().stream()
			.filter(EngagementAccess.StaffedPerson::staffed)
			.map(EngagementAccess.StaffedPerson::personId)
			.collect(Collectors.toSet());
		Map<String, UUID> byEmail = new HashMap<>();
		for (PersonCard card : talent.people(staffed)) {
			byEmail.put(card.email().toLowerCase(Locale.ROOT), card.id());
		}
		return byEmail;
	}

	private Result write(Caller caller, EngagementAccess access, List<Checked> rows) {
		UUID engagementId = access.engagementId();
		Instant now = clock.instant();
		int first = store.nextNumber(engagementId);
		Optional<Map<Level, Map<Level, Priority>>> matrix = store.matrix(engagementId);
		List<Imported> imported = new ArrayList<>();
		List<WorkItem> items = new ArrayList<>();
		List<Map<String, Object>> timeline = new ArrayList<>();
		Map<UUID, WorkImportStore.Origin> origins = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			Checked row = rows.get(i);
			WorkItemValidation.Valid valid = java.util.Objects.requireNonNull(row.valid());
			Priority priority = matrix.map(m -> m.get(valid.impact()).get(valid.urgency()))
				.orElseGet(() -> Workflow.defaultPriority(valid.impact(), valid.urgency()));
			WorkItem item = new WorkItem(UUID.randomUUID(), engagementId, first + i, valid.type(), valid.ticketType(),
					valid.impact(), valid.urgency(), priority, valid.category(), valid.title(), valid.description(),
					row.status(), row.assignee(), caller.userId(), caller.email(), valid.dueDate(),
					valid.acceptanceCriteria(), 0, now, now, 0);
			items.add(item);
			if (row.externalKey() != null || row.sourceCreatedAt() != null) {
				origins.put(item.id(), new WorkImportStore.Origin(row.externalKey(), row.sourceCreatedAt()));
			}
			timeline(caller, item, row, now, timeline);
			imported.add(new Imported(row.row().number(), item.id(), item.number(), "#" + item.number(),
					row.externalKey()));
		}
		imports.insert(items, origins);
		imports.appendEvents(timeline);
		events.publishEvent(new WorkItemsImported(Actor.of(caller), engagementId, access.clientOrgId(), now,
				rows.size(), first, first + rows.size() - 1));
		return new Result(false, rows.size(), imported);
	}

	/** CREATED as a creation's, marked imported; then the assignment and the move to the row's status. */
	private void timeline(Caller caller, WorkItem item, Checked row, Instant now, List<Map<String, Object>> events) {
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("type", item.type());
		created.put("status", WorkItems.change(null, WorkStatus.NEW));
		created.put("priority", WorkItems.change(null, item.priority()));
		if (item.ticketType() != null) {
			created.put("ticketType", item.ticketType());
		}
		created.put("imported", true);
		if (row.externalKey() != null) {
			created.put("externalKey", row.externalKey());
		}
		if (row.sourceCreatedAt() != null) {
			created.put("sourceCreatedAt", row.sourceCreatedAt().toString());
		}
		List<Map.Entry<String, Map<String, Object>>> kinds = new ArrayList<>();
		kinds.add(Map.entry("CREATED", created));
		if (item.assigneePersonId() != null) {
			kinds.add(Map.entry("ASSIGNED", Map.of("assignee", WorkItems.change(null, item.assigneePersonId()))));
		}
		if (item.status() != WorkStatus.NEW) {
			Map<String, Object> moved = new LinkedHashMap<>();
			moved.put("status", WorkItems.change(WorkStatus.NEW, item.status()));
			moved.put("turn", WorkItems.change(WorkStatus.NEW.turn(), item.status().turn()));
			moved.put("reason", "imported");
			kinds.add(Map.entry("STATUS_CHANGED", moved));
		}
		for (int sequence = 1; sequence <= kinds.size(); sequence++) {
			Map.Entry<String, Map<String, Object>> event = kinds.get(sequence - 1);
			events.add(WorkStore.eventParameters(item.id(), sequence, event.getKey(), caller.userId(), caller.email(),
					now, false, json.writeValueAsString(event.getValue())));
		}
	}
}
