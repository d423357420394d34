package org.pilotage.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The time tables: entries, weekly timesheets and their history. Scoping is the caller's ({@link TimeLog}). */
@Repository
class TimeStore {

	private final JdbcClient jdbc;

	TimeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Entry(UUID id, UUID sheetId, UUID itemId, UUID engagementId, UUID personId, UUID authorUserId,
			LocalDate date, int minutes, @Nullable String note, Instant createdAt, Instant updatedAt, long version) {
	}

	record Sheet(UUID id, UUID personId, UUID providerOrgId, LocalDate weekStart, TimesheetStatus status,
			Instant updatedAt, long version) {
	}

	record Transition(TimesheetStatus from, TimesheetStatus to, @Nullable UUID actorId, String actorLabel, Instant at,
			@Nullable String reason) {
	}

	/** Minutes summed by a key (a week's Monday, an item type, a person), total and approved. */
	record Sum(String key, long minutes, long approved) {
	}

	// Timesheets

	/**
	 * The person's sheet of the week for the provider, made OPEN when missing, its row locked until the transaction
	 * ends: entries of one sheet change one at a time, so the day cap holds under concurrent logging.
	 */
	Sheet lockSheet(UUID personId, UUID providerOrgId, LocalDate weekStart, Instant now) {
		jdbc.sql("""
				INSERT INTO time_sheets (id, person_id, provider_org_id, week_start, status, created_at, updated_at, version)
				VALUES (:id, :person, :provider, :week, 'OPEN', :now, :now, 0)
				ON CONFLICT DO NOTHING""")
			.param("id", UUID.randomUUID())
			.param("person", personId)
			.param("provider", providerOrgId)
			.param("week", weekStart)
			.param("now", Jdbc.utc(now))
			.update();
		return jdbc.sql("""
				SELECT * FROM time_sheets WHERE person_id = :person AND provider_org_id = :provider AND week_start = :week
				FOR UPDATE""")
			.param("person", personId)
			.param("provider", providerOrgId)
			.param("week", weekStart)
			.query(TimeStore::sheet)
			.single();
	}

	Optional<Sheet> sheet(UUID id) {
		return jdbc.sql("SELECT * FROM time_sheets WHERE id = :id").param("id", id).query(TimeStore::sheet).optional();
	}

	Optional<Sheet> lockSheet(UUID id) {
		return jdbc.sql("SELECT * FROM time_sheets WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(TimeStore::sheet)
			.optional();
	}

	List<Sheet> sheetsOfPerson(UUID personId, LocalDate weekStart) {
		return jdbc.sql("SELECT * FROM time_sheets WHERE person_id = :person AND week_start = :week ORDER BY id")
			.param("person", personId)
			.param("week", weekStart)
			.query(TimeStore::sheet)
			.list();
	}

	List<Sheet> sheetsOfProviders(Collection<UUID> providers, LocalDate weekStart) {
		if (providers.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM time_sheets WHERE provider_org_id IN (:providers) AND week_start = :week")
			.param("providers", providers)
			.param("week", weekStart)
			.query(TimeStore::sheet)
			.list();
	}

	boolean anySheetOf(UUID personId, Collection<UUID> providers) {
		return !providers.isEmpty() && jdbc.sql(
				"SELECT COUNT(*) FROM time_sheets WHERE person_id = :person AND provider_org_id IN (:providers)")
			.param("person", personId)
			.param("providers", providers)
			.query(Long.class)
			.single() > 0;
	}

	boolean move(Sheet sheet, TimesheetStatus to, Transition transition) {
		boolean moved = jdbc.sql("""
				UPDATE time_sheets SET status = :status, updated_at = :at, version = version + 1
				 WHERE id = :id AND version = :version""")
			.param("status", to.name())
			.param("at", Jdbc.utc(transition.at()))
			.param("id", sheet.id())
			.param("version", sheet.version())
			.update() == 1;
		if (moved) {
			jdbc.sql("""
					INSERT INTO time_sheet_transitions (id, sheet_id, from_status, to_status, actor_id, actor_label, at, reason)
					VALUES (:id, :sheet, :from, :to, :actor, :label, :at, :reason)""")
				.param("id", UUID.randomUUID())
				.param("sheet", sheet.id())
				.param("from", transition.from().name())
				.param("to", transition.to().name())
				.param("actor", transition.actorId())
				.param("label", transition.actorLabel())
				.param("at", Jdbc.utc(transition.at()))
				.param("reason", transition.reason())
				.update();
		}
		return moved;
	}

	List<Transition> history(UUID sheetId) {
		return jdbc.sql("SELECT * FROM time_sheet_transitions WHERE sheet_id = :sheet ORDER BY at, id")
			.param("sheet", sheetId)
			.query((rs, n) -> new Transition(TimesheetStatus.valueOf(rs.getString("from_status")),
					TimesheetStatus.valueOf(rs.getString("to_status")), Jdbc.uuid(rs, "actor_id"),
					rs.getString("actor_label"), Jdbc.requiredInstant(rs, "at"), rs.getString("reason")))
			.list();
	}

	// Entries

	void insert(Entry entry) {
		jdbc.sql("""
				INSERT INTO time_entries (id, sheet_id, item_id, engagement_id, person_id, author_user_id, entry_date,
				       minutes, note, created_at, updated_at, version)
				VALUES (:id, :sheet, :item, :engagement, :person, :author, :date, :minutes, :note, :created, :updated, 0)""")
			.param("id", entry.id())
			.param("sheet", entry.sheetId())
			.param("item", entry.itemId())
			.param("engagement", entry.engagementId())
			.param("person", entry.personId())
			.param("author", entry.authorUserId())
			.param("date", entry.date())
			.param("minutes", entry.minutes())
			.param("note", entry.note())
			.param("created", Jdbc.utc(entry.createdAt()))
			.param("updated", Jdbc.utc(entry.updatedAt()))
			.update();
	}

	boolean update(Entry entry, long expectedVersion) {
		return jdbc.sql("""
				UPDATE time_entries SET sheet_id = :sheet, entry_date = :date, minutes = :minutes, note = :note,
				       updated_at = :updated, version = version + 1
				 WHERE id = :id AND version = :expected""")
			.param("sheet", entry.sheetId())
			.param("date", entry.date())
			.param("minutes", entry.minutes())
			.param("note", entry.note())
			.param("updated", Jdbc.utc(entry.updatedAt()))
			.param("id", entry.id())
			.param("expected", expectedVersion)
			.update() == 1;
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM time_entries WHERE id = :id").param("id", id).update();
	}

	Optional<Entry> entry(UUID id) {
		return jdbc.sql("SELECT * FROM time_entries WHERE id = :id").param("id", id).query(TimeStore::entry).optional();
	}

	List<Entry> entriesOfItem(UUID itemId, @Nullable UUID onlyPerson) {
		return jdbc.sql("SELECT * FROM time_entries WHERE item_id = :item"
				+ (onlyPerson == null ? "" : " AND person_id = :person") + " ORDER BY entry_date DESC, created_at DESC")
			.param("item", itemId)
			.param("person", onlyPerson)
			.query(TimeStore::entry)
			.list();
	}

	List<Entry> entriesOfSheets(Collection<UUID> sheets) {
		if (sheets.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM time_entries WHERE sheet_id IN (:sheets) ORDER BY entry_date, created_at")
			.param("sheets", sheets)
			.query(TimeStore::entry)
			.list();
	}

	/** The person's minutes on a day over every item, but the entry being replaced. */
	long minutesOfDay(UUID personId, LocalDate date, @Nullable UUID except) {
		return jdbc.sql("SELECT COALESCE(SUM(minutes), 0) FROM time_entries WHERE person_id = :person"
				+ " AND entry_date = :date" + (except == null ? "" : " AND id <> :except"))
			.param("person", personId)
			.param("date", date)
			.param("except", except)
			.query(Long.class)
			.single();
	}

	/** An item's minutes, total and approved. */
	Sum itemTotal(UUID itemId) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(e.minutes), 0) AS minutes,
				       COALESCE(SUM(CASE WHEN s.status = 'APPROVED' THEN e.minutes ELSE 0 END), 0) AS approved
				  FROM time_entries e JOIN time_sheets s ON s.id = e.sheet_id
				 WHERE e.item_id = :item""")
			.param("item", itemId)
			.query((rs, n) -> new Sum("item", rs.getLong("minutes"), rs.getLong("approved")))
			.single();
	}

	/** An engagement's minutes between two days (inclusive; null for open), summed by {@code by}. */
	List<Sum> engagementSums(UUID engagementId, @Nullable LocalDate from, @Nullable LocalDate to, By by) {
		StringBuilder sql = new StringBuilder("SELECT ").append(by.column).append(" AS k, ")
			.append("""
					SUM(e.minutes) AS minutes, SUM(CASE WHEN s.status = 'APPROVED' THEN e.minutes ELSE 0 END) AS approved
					  FROM time_entries e JOIN time_sheets s ON s.id = e.sheet_id JOIN work_items i ON i.id = e.item_id
					 WHERE e.engagement_id = :engagement""");
		if (from != null) {
			sql.append(" AND e.entry_date >= :from");
		}
		if (to != null) {
			sql.append(" AND e.entry_date <= :to");
		}
		sql.append(" GROUP BY ").append(by.column).append(" ORDER BY ").append(by.column);
		List<Sum> sums = new ArrayList<>();
		jdbc.sql(sql.toString())
			.param("engagement", engagementId)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				sums.add(new Sum(rs.getString("k"), rs.getLong("minutes"), rs.getLong("approved")));
			});
		return sums;
	}

	enum By {
		WEEK("s.week_start"), ITEM_TYPE("i.type"), PERSON("e.person_id");

		final String column;

		By(String column) {
			this.column = column;
		}
	}

	private static Sheet sheet(ResultSet rs, int row) throws SQLException {
		return new Sheet(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getObject("provider_org_id", UUID.class), rs.getObject("week_start", LocalDate.class),
				TimesheetStatus.valueOf(rs.getString("status")), Jdbc.requiredInstant(rs, "updated_at"),
				rs.getLong("version"));
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject("id", UUID.class), rs.getObject("sheet_id", UUID.class),
				rs.getObject("item_id", UUID.class), rs.getObject("engagement_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getObject("author_user_id", UUID.class),
				rs.getObject("entry_date", LocalDate.class), rs.getInt("minutes"), rs.getString("note"),
				Jdbc.requiredInstant(rs, "created_at"), Jdbc.requiredInstant(rs, "updated_at"), rs.getLong("version"));
	}
}
