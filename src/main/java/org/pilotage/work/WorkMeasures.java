package org.pilotage.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the KPIs of the governance module read of work besides the timelines ({@link WorkTimelines}): each item's
 * current assignee and due day, its satisfaction surveys and the time logged on it. Like the timelines it answers
 * without a caller (the figures it feeds are shown through their own visibility rules). Read-only; every read takes
 * item ids by chunks of a thousand.
 */
@Component
public class WorkMeasures {

	/** An item as the KPIs need it besides its timeline. */
	public record MeasuredItem(UUID id, UUID engagementId, WorkItemType type, Priority priority,
			@Nullable UUID assignee, @Nullable LocalDate dueDate) {
	}

	/** A satisfaction survey: sent at {@code askedAt}; {@code rating} and {@code answeredAt} once answered. */
	public record Survey(UUID itemId, Instant askedAt, @Nullable Instant answeredAt, @Nullable Integer rating) {
	}

	/** An item as a follow-up report lists it: by number and title, never by who works on it. */
	public record ListedItem(UUID id, int number, WorkItemType type, Priority priority, WorkStatus status,
			String title, Instant createdAt, @Nullable LocalDate dueDate) {
	}

	/** Minutes logged by a person on an item for a day. */
	public record Logged(UUID itemId, UUID personId, LocalDate date, int minutes) {
	}

	private static final int CHUNK = 1_000;

	private final JdbcClient jdbc;

	WorkMeasures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of every item of the engagement, oldest number first. */
	@Transactional(readOnly = true)
	public List<UUID> itemsOf(UUID engagementId) {
		return jdbc.sql("SELECT id FROM work_items WHERE engagement_id = :engagement ORDER BY number")
			.param("engagement", engagementId)
			.query(UUID.class)
			.list();
	}

	@Transactional(readOnly = true)
	public List<MeasuredItem> items(Collection<UUID> itemIds) {
		return chunked(itemIds, ids -> jdbc
			.sql("SELECT id, engagement_id, type, priority, assignee_person_id, due_date FROM work_items"
					+ " WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, n) -> new MeasuredItem(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "engagement_id"),
					WorkItemType.valueOf(rs.getString("type")), Priority.valueOf(rs.getString("priority")),
					Jdbc.uuid(rs, "assignee_person_id"), rs.getObject("due_date", LocalDate.class)))
			.list());
	}

	/** Every survey sent about the items, superseded ones included (they were asked), oldest first. */
	@Transactional(readOnly = true)
	public List<Survey> surveys(Collection<UUID> itemIds) {
		return chunked(itemIds, ids -> jdbc
			.sql("SELECT item_id, opened_at, answered_at, rating FROM work_satisfaction_surveys WHERE item_id IN (:ids)"
					+ " ORDER BY opened_at, id")
			.param("ids", ids)
			.query((rs, n) -> new Survey(Jdbc.uuid(rs, "item_id"), Jdbc.requiredInstant(rs, "opened_at"),
					Jdbc.instant(rs, "answered_at"), rs.getObject("rating", Integer.class)))
			.list());
	}

	/** The time entries of the items, by day. */
	@Transactional(readOnly = true)
	public List<Logged> logged(Collection<UUID> itemIds) {
		return chunked(itemIds, ids -> jdbc
			.sql("SELECT item_id, person_id, entry_date, minutes FROM time_entries WHERE item_id IN (:ids)"
					+ " ORDER BY entry_date, id")
			.param("ids", ids)
			.query((rs, n) -> new Logged(Jdbc.uuid(rs, "item_id"), Jdbc.uuid(rs, "person_id"),
					rs.getObject("entry_date", LocalDate.class), rs.getInt("minutes")))
			.list());
	}

	/** The items as a follow-up report lists them, in no particular order. */
	@Transactional(readOnly = true)
	public List<ListedItem> listed(Collection<UUID> itemIds) {
		return chunked(itemIds, ids -> jdbc.sql("SELECT " + LISTED + " FROM work_items WHERE id IN (:ids)")
			.param("ids", ids)
			.query(WorkMeasures::listed)
			.list());
	}

	/** The engagement's oldest open items (every status but CLOSED), oldest first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<ListedItem> oldestOpen(UUID engagementId, int limit) {
		return jdbc.sql("SELECT " + LISTED + " FROM work_items WHERE engagement_id = :engagement AND status <> 'CLOSED'"
				+ " ORDER BY created_at, number LIMIT :limit")
			.param("engagement", engagementId)
			.param("limit", limit)
			.query(WorkMeasures::listed)
			.list();
	}

	/**
	 * The engagement's open items of a type due from {@code first} to {@code last} (both included), soonest first, at
	 * most {@code limit}; resolved ones are left out with the closed ones, since nothing more is due from them.
	 */
	@Transactional(readOnly = true)
	public List<ListedItem> dueBetween(UUID engagementId, WorkItemType type, LocalDate first, LocalDate last,
			int limit) {
		return jdbc.sql("SELECT " + LISTED + " FROM work_items WHERE engagement_id = :engagement AND type = :type"
				+ " AND status NOT IN ('RESOLVED', 'CLOSED') AND due_date >= :first AND due_date <= :last"
				+ " ORDER BY due_date, number LIMIT :limit")
			.param("engagement", engagementId)
			.param("type", type.name())
			.param("first", first)
			.param("last", last)
			.param("limit", limit)
			.query(WorkMeasures::listed)
			.list();
	}

	private static final String LISTED = "id, number, type, priority, status, title, created_at, due_date";

	private static ListedItem listed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ListedItem(Jdbc.uuid(rs, "id"), rs.getInt("number"), WorkItemType.valueOf(rs.getString("type")),
				Priority.valueOf(rs.getString("priority")), WorkStatus.valueOf(rs.getString("status")),
				rs.getString("title"), Jdbc.requiredInstant(rs, "created_at"), rs.getObject("due_date", LocalDate.class));
	}

	private static <T> List<T> chunked(Collection<UUID> itemIds, Function<List<UUID>, List<T>> read) {
		List<UUID> ids = new ArrayList<>(itemIds);
		List<T> all = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			all.addAll(read.apply(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
		}
		return all;
	}
}
