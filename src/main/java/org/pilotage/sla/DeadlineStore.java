package org.pilotage.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Paging;
import org.pilotage.sla.SlaDeadlines.Deadline;
import org.pilotage.sla.SlaDeadlines.FiredDeadline;
import org.pilotage.sla.SlaDeadlines.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code sla_deadlines}: the item's deadlines, and the scheduler's reads and claims. */
@Repository
class DeadlineStore {

	/** A stored deadline. */
	record Row(UUID id, UUID itemId, UUID engagementId, Deadline deadline, @Nullable Instant firedAt,
			@Nullable String firedBy) {

		SlaDeadlines.Key key() {
			return deadline.key();
		}

		FiredDeadline fired() {
			if (firedAt == null || firedBy == null) {
				throw new IllegalStateException("deadline " + id + " has not fired");
			}
			return new FiredDeadline(itemId, engagementId, deadline.metric(), deadline.cycle(), deadline.kind(),
					deadline.dueAt(), deadline.goalSeconds(), deadline.policyVersion(), firedAt, firedBy);
		}
	}

	private final JdbcClient jdbc;

	DeadlineStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The item's deadlines, fired or not, locked until the transaction ends so that two replacements queue. */
	List<Row> lockOfItem(UUID itemId) {
		return jdbc.sql("SELECT * FROM sla_deadlines WHERE item_id = :item FOR UPDATE")
			.param("item", itemId)
			.query(DeadlineStore::row)
			.list();
	}

	void insert(UUID id, UUID itemId, UUID engagementId, Deadline deadline, Instant now) {
		jdbc.sql("""
				INSERT INTO sla_deadlines (id, item_id, engagement_id, metric, cycle, kind, due_at, goal_seconds,
				                           policy_version, created_at)
				VALUES (:id, :item, :engagement, :metric, :cycle, :kind, :due, :goal, :policy, :now)""")
			.param("id", id)
			.param("item", itemId)
			.param("engagement", engagementId)
			.param("metric", deadline.metric())
			.param("cycle", deadline.cycle())
			.param("kind", deadline.kind().name())
			.param("due", Jdbc.utc(deadline.dueAt()))
			.param("goal", deadline.goalSeconds())
			.param("policy", deadline.policyVersion())
			.param("now", Jdbc.utc(now))
			.update();
	}

	/** Moves an unfired deadline; one that fired meanwhile is left as it is. */
	void update(UUID id, Deadline deadline) {
		jdbc.sql("""
				UPDATE sla_deadlines SET due_at = :due, goal_seconds = :goal, policy_version = :policy
				WHERE id = :id AND fired_at IS NULL""")
			.param("id", id)
			.param("due", Jdbc.utc(deadline.dueAt()))
			.param("goal", deadline.goalSeconds())
			.param("policy", deadline.policyVersion())
			.update();
	}

	/** Deletes an unfired deadline; one that fired meanwhile is kept. */
	void delete(UUID id) {
		jdbc.sql("DELETE FROM sla_deadlines WHERE id = :id AND fired_at IS NULL").param("id", id).update();
	}

	List<FiredDeadline> firedOfItem(UUID itemId) {
		return ofItem(itemId, "fired_at IS NOT NULL").stream().map(Row::fired).toList();
	}

	List<Deadline> pendingOfItem(UUID itemId) {
		return ofItem(itemId, "fired_at IS NULL").stream().map(Row::deadline).toList();
	}

	private List<Row> ofItem(UUID itemId, String firedOrNot) {
		return jdbc.sql("SELECT * FROM sla_deadlines WHERE item_id = :item AND " + firedOrNot + " ORDER BY due_at, kind")
			.param("item", itemId)
			.query(DeadlineStore::row)
			.list();
	}

	List<FiredDeadline> firedOfEngagement(UUID engagementId, @Nullable Kind kind, Paging paging) {
		return firedOfEngagement("SELECT *", kind, " ORDER BY fired_at DESC, id LIMIT :size OFFSET :offset")
			.param("engagement", engagementId)
			.param("size", paging.size())
			.param("offset", paging.offset())
			.query(DeadlineStore::row)
			.stream()
			.map(Row::fired)
			.toList();
	}

	long countFiredOfEngagement(UUID engagementId, @Nullable Kind kind) {
		return firedOfEngagement("SELECT COUNT(*)", kind, "").param("engagement", engagementId).query(Long.class).single();
	}

	/** The engagement's fired rows, of one kind if given (an untyped null parameter would not do on PostgreSQL). */
	private JdbcClient.StatementSpec firedOfEngagement(String select, @Nullable Kind kind, String rest) {
		String where = " FROM sla_deadlines WHERE engagement_id = :engagement AND fired_at IS NOT NULL";
		if (kind == null) {
			return jdbc.sql(select + where + rest);
		}
		return jdbc.sql(select + where + " AND kind = :kind" + rest).param("kind", kind.name());
	}

	// The scheduler's reads and claim: each an index read of the rows it returns (V17_1). They order by
	// (fired_at, due_at), the index's order, although fired_at is NULL in every row read: both databases then read
	// the index in order instead of sorting every unfired row.

	/** The earliest instant an unfired deadline is due, if any. */
	Optional<Instant> nextDue() {
		return jdbc.sql(NEXT_DUE)
			.query((rs, n) -> Jdbc.requiredInstant(rs, "due_at"))
			.optional();
	}

	/** The read of the next due instant, as the tests explain it. */
	static final String NEXT_DUE =
			"SELECT due_at FROM sla_deadlines WHERE fired_at IS NULL ORDER BY fired_at, due_at LIMIT 1";

	/** The ids of up to {@code limit} unfired deadlines due at {@code now} or before, the earliest first. */
	List<UUID> due(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM sla_deadlines WHERE fired_at IS NULL AND due_at <= :now
				ORDER BY fired_at, due_at LIMIT :limit""")
			.param("now", Jdbc.utc(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Marks the deadline fired if it is still unfired and due: true for the one claimant that wins it. A claimant
	 * that finds the row locked by another waits, then re-checks the condition on the committed row (PostgreSQL's
	 * READ COMMITTED and H2 both do), so a deadline fired, moved later or deleted meanwhile is not claimed.
	 */
	boolean claim(UUID id, Instant now, String instance) {
		return jdbc.sql("""
				UPDATE sla_deadlines SET fired_at = :now, fired_by = :instance
				WHERE id = :id AND fired_at IS NULL AND due_at <= :now""")
			.param("id", id)
			.param("now", Jdbc.utc(now))
			.param("instance", instance)
			.update() == 1;
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("SELECT * FROM sla_deadlines WHERE id = :id").param("id", id).query(DeadlineStore::row).optional();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Deadline deadline = new Deadline(rs.getString("metric"), rs.getInt("cycle"), Kind.valueOf(rs.getString("kind")),
				Jdbc.requiredInstant(rs, "due_at"), rs.getLong("goal_seconds"), rs.getObject("policy_version", Integer.class));
		return new Row(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
				rs.getObject("engagement_id", UUID.class), deadline, Jdbc.instant(rs, "fired_at"),
				rs.getString("fired_by"));
	}
}
