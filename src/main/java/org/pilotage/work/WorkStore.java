package org.pilotage.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work tables. Every read that may reach a client takes {@code withInternal}: with false, the SQL itself
 * leaves internal comments and their events out, so nothing downstream has to remember to.
 */
@Repository
class WorkStore {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	WorkStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<WorkItem> find(UUID id) {
		return jdbc.sql("SELECT * FROM work_items WHERE id = :id").param("id", id).query(WorkStore::item).optional();
	}

	/** The engagement's items among {@code ids}. */
	List<WorkItem> findAll(UUID engagementId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM work_items WHERE engagement_id = :engagement AND id IN (:ids)")
			.param("engagement", engagementId)
			.param("ids", ids)
			.query(WorkStore::item)
			.list();
	}

	/** The item, its row locked until the transaction ends, so its events take their sequence one at a time. */
	Optional<WorkItem> lock(UUID id) {
		return jdbc.sql("SELECT * FROM work_items WHERE id = :id FOR UPDATE").param("id", id).query(WorkStore::item)
			.optional();
	}

	Optional<UUID> engagementOf(UUID itemId) {
		return jdbc.sql("SELECT engagement_id FROM work_items WHERE id = :id").param("id", itemId).query(UUID.class)
			.optional();
	}

	int nextNumber(UUID engagementId) {
		return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM work_items WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.query(Integer.class)
			.single();
	}

	long openItems(UUID engagementId) {
		return jdbc.sql("SELECT COUNT(*) FROM work_items WHERE engagement_id = :engagement AND status <> 'CLOSED'")
			.param("engagement", engagementId)
			.query(Long.class)
			.single();
	}

	boolean anyItems() {
		return jdbc.sql("SELECT COUNT(*) FROM work_items").query(Long.class).single() > 0;
	}

	static final String INSERT_ITEM = """
			INSERT INTO work_items (id, engagement_id, number, type, ticket_type, impact, urgency, priority, category,
			       title, description, status, assignee_person_id, requester_user_id, requester_label, due_date,
			       acceptance_criteria, submissions, created_at, updated_at, version, external_key, source_created_at)
			VALUES (:id, :engagement, :number, :type, :ticketType, :impact, :urgency, :priority, :category, :title,
			        :description, :status, :assignee, :requester, :requesterLabel, :due, :criteria, :submissions,
			        :created, :updated, :version, :externalKey, :sourceCreatedAt)""";

	void insert(WorkItem item) {
		jdbc.sql(INSERT_ITEM).params(insertParameters(item)).update();
	}

	/** The parameters of {@link #INSERT_ITEM}, for one insert or a batch of them; no source system (not imported). */
	static Map<String, Object> insertParameters(WorkItem item) {
		Map<String, Object> params = columns(item);
		params.put("engagement", item.engagementId());
		params.put("number", item.number());
		params.put("type", item.type().name());
		params.put("requester", item.requesterUserId());
		params.put("requesterLabel", item.requesterLabel());
		params.put("created", Jdbc.utc(item.createdAt()));
		params.put("externalKey", null);
		params.put("sourceCreatedAt", null);
		return params;
	}

	/** Writes every changeable field if the version is still {@code expectedVersion}; bumps the version. */
	boolean update(WorkItem item, long expectedVersion) {
		return jdbc.sql("""
				UPDATE work_items SET ticket_type = :ticketType, impact = :impact, urgency = :urgency,
				       priority = :priority, category = :category, title = :title, description = :description,
				       status = :status, assignee_person_id = :assignee, due_date = :due,
				       acceptance_criteria = :criteria, submissions = :submissions, updated_at = :updated,
				       version = version + 1
				 WHERE id = :id AND version = :expected""")
			.params(columns(item))
			.param("expected", expectedVersion)
			.update() == 1;
	}

	private static Map<String, Object> columns(WorkItem item) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", item.id());
		params.put("ticketType", item.ticketType() == null ? null : item.ticketType().name());
		params.put("impact", item.impact().name());
		params.put("urgency", item.urgency().name());
		params.put("priority", item.priority().name());
		params.put("category", item.category());
		params.put("title", item.title());
		params.put("description", item.description());
		params.put("status", item.status().name());
		params.put("assignee", item.assigneePersonId());
		params.put("due", item.dueDate());
		params.put("criteria", item.acceptanceCriteria());
		params.put("submissions", item.submissions());
		params.put("updated", Jdbc.utc(item.updatedAt()));
		params.put("version", item.version());
		return params;
	}

	// The timeline

	/** The type of a timeline entry's JSON data, as every reader of the timeline reads it. */
	static final TypeReference<Map<String, Object>> EVENT_DATA = new TypeReference<>() {
	};

	record Event(int sequence, String kind, @Nullable UUID actorId, String actorLabel, Instant at, boolean internal,
			Map<String, Object> data) {
	}

	void appendEvent(UUID itemId, String kind, @Nullable UUID actorId, String actorLabel, Instant at, boolean internal,
			Map<String, Object> data) {
		int sequence = jdbc.sql("SELECT COALESCE(MAX(sequence), 0) + 1 FROM work_item_events WHERE item_id = :item")
			.param("item", itemId)
			.query(Integer.class)
			.single();
		jdbc.sql(INSERT_EVENT)
			.params(eventParameters(itemId, sequence, kind, actorId, actorLabel, at, internal,
					json.writeValueAsString(data)))
			.update();
	}

	static final String INSERT_EVENT = """
			INSERT INTO work_item_events (id, item_id, sequence, kind, actor_id, actor_label, at, internal, data)
			VALUES (:id, :item, :sequence, :kind, :actor, :label, :at, :internal, :data)""";

	/** The parameters of {@link #INSERT_EVENT}, for one event or a batch of them. */
	static Map<String, Object> eventParameters(UUID itemId, int sequence, String kind, @Nullable UUID actorId,
			String actorLabel, Instant at, boolean internal, String data) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", UUID.randomUUID());
		params.put("item", itemId);
		params.put("sequence", sequence);
		params.put("kind", kind);
		params.put("actor", actorId);
		params.put("label", actorLabel);
		params.put("at", Jdbc.utc(at));
		params.put("internal", internal);
		params.put("data", data);
		return params;
	}

	List<Event> events(UUID itemId, boolean withInternal) {
		return jdbc.sql("SELECT * FROM work_item_events WHERE item_id = :item"
				+ (withInternal ? "" : " AND internal = FALSE") + " ORDER BY sequence")
			.param("item", itemId)
			.query((rs, n) -> new Event(rs.getInt("sequence"), rs.getString("kind"), Jdbc.uuid(rs, "actor_id"),
					rs.getString("actor_label"), Jdbc.requiredInstant(rs, "at"), rs.getBoolean("internal"),
					json.readValue(rs.getString("data"), EVENT_DATA)))
			.list();
	}

	// Comments

	record Comment(UUID id, UUID itemId, UUID authorId, String authorLabel, String body, Visibility visibility,
			Instant at) {
	}

	void insertComment(Comment comment) {
		jdbc.sql("""
				INSERT INTO work_comments (id, item_id, author_id, author_label, body, visibility, at)
				VALUES (:id, :item, :author, :label, :body, :visibility, :at)""")
			.param("id", comment.id())
			.param("item", comment.itemId())
			.param("author", comment.authorId())
			.param("label", comment.authorLabel())
			.param("body", comment.body())
			.param("visibility", comment.visibility().name())
			.param("at", Jdbc.utc(comment.at()))
			.update();
	}

	List<Comment> comments(UUID itemId, boolean withInternal) {
		return jdbc.sql("SELECT * FROM work_comments WHERE item_id = :item"
				+ (withInternal ? "" : " AND visibility = 'CLIENT'") + " ORDER BY at, id")
			.param("item", itemId)
			.query((rs, n) -> new Comment(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getObject("author_id", UUID.class), rs.getString("author_label"), rs.getString("body"),
					Visibility.valueOf(rs.getString("visibility")), Jdbc.requiredInstant(rs, "at")))
			.list();
	}

	/** Comments per item, as the reader may count them. */
	Map<UUID, Long> commentCounts(Collection<UUID> items, boolean withInternal) {
		Map<UUID, Long> counts = new java.util.HashMap<>();
		if (items.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT item_id, COUNT(*) AS n FROM work_comments WHERE item_id IN (:items)"
				+ (withInternal ? "" : " AND visibility = 'CLIENT'") + " GROUP BY item_id")
			.param("items", items)
			.query(rs -> {
				counts.put(rs.getObject("item_id", UUID.class), rs.getLong("n"));
			});
		return counts;
	}

	// Watchers

	record Watcher(UUID userId, String label) {
	}

	List<Watcher> watchers(UUID itemId) {
		return jdbc.sql("SELECT user_id, user_label FROM work_watchers WHERE item_id = :item ORDER BY since, user_id")
			.param("item", itemId)
			.query((rs, n) -> new Watcher(rs.getObject("user_id", UUID.class), rs.getString("user_label")))
			.list();
	}

	void watch(UUID itemId, UUID userId, String label, Instant now) {
		if (jdbc.sql("SELECT COUNT(*) FROM work_watchers WHERE item_id = :item AND user_id = :user")
			.param("item", itemId)
			.param("user", userId)
			.query(Long.class)
			.single() == 0) {
			jdbc.sql("INSERT INTO work_watchers (item_id, user_id, user_label, since) VALUES (:item, :user, :label, :now)")
				.param("item", itemId)
				.param("user", userId)
				.param("label", label)
				.param("now", Jdbc.utc(now))
				.update();
		}
	}

	void unwatch(UUID itemId, UUID userId) {
		jdbc.sql("DELETE FROM work_watchers WHERE item_id = :item AND user_id = :user")
			.param("item", itemId)
			.param("user", userId)
			.update();
	}

	// Priority matrices

	/** The engagement's own matrix and its version, if it has one. */
	Optional<Map<Level, Map<Level, Priority>>> matrix(UUID engagementId) {
		Map<Level, Map<Level, Priority>> cells = new EnumMap<>(Level.class);
		jdbc.sql("SELECT impact, urgency, priority FROM engagement_priority_matrices WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.query(rs -> {
				cells.computeIfAbsent(Level.valueOf(rs.getString("impact")), k -> new EnumMap<>(Level.class))
					.put(Level.valueOf(rs.getString("urgency")), Priority.valueOf(rs.getString("priority")));
			});
		return cells.isEmpty() ? Optional.empty() : Optional.of(cells);
	}

	long matrixVersion(UUID engagementId) {
		return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM engagement_priority_matrices WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.query(Long.class)
			.single();
	}

	void replaceMatrix(UUID engagementId, List<WorkViews.MatrixCell> cells, long version) {
		jdbc.sql("DELETE FROM engagement_priority_matrices WHERE engagement_id = :engagement")
			.param("engagement", engagementId)
			.update();
		for (WorkViews.MatrixCell cell : cells) {
			jdbc.sql("""
					INSERT INTO engagement_priority_matrices (engagement_id, impact, urgency, priority, version)
					VALUES (:engagement, :impact, :urgency, :priority, :version)""")
				.param("engagement", engagementId)
				.param("impact", cell.impact().name())
				.param("urgency", cell.urgency().name())
				.param("priority", cell.priority().name())
				.param("version", version)
				.update();
		}
	}

	static WorkItem item(ResultSet rs, int row) throws SQLException {
		String ticketType = rs.getString("ticket_type");
		return new WorkItem(rs.getObject("id", UUID.class), rs.getObject("engagement_id", UUID.class),
				rs.getInt("number"), WorkItemType.valueOf(rs.getString("type")),
				ticketType == null ? null : TicketType.valueOf(ticketType), Level.valueOf(rs.getString("impact")),
				Level.valueOf(rs.getString("urgency")), Priority.valueOf(rs.getString("priority")),
				rs.getString("category"), rs.getString("title"), rs.getString("description"),
				WorkStatus.valueOf(rs.getString("status")), Jdbc.uuid(rs, "assignee_person_id"),
				rs.getObject("requester_user_id", UUID.class), rs.getString("requester_label"),
				rs.getObject("due_date", LocalDate.class), rs.getString("acceptance_criteria"), rs.getInt("submissions"),
				Jdbc.requiredInstant(rs, "created_at"), Jdbc.requiredInstant(rs, "updated_at"), rs.getLong("version"));
	}
}
