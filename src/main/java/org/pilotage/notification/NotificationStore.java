package org.pilotage.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app notifications, always read and changed for one user: nobody reaches another's. */
@Repository
class NotificationStore {

	private static final RowMapper<InAppNotification> ROW = (rs, n) -> new InAppNotification(Jdbc.uuid(rs, "id"),
			rs.getString("kind"), rs.getString("subject"), rs.getString("body"), rs.getString("link"),
			Jdbc.requiredInstant(rs, "created_at"), Jdbc.instant(rs, "read_at"));

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * False when the recipient already has this key. ON CONFLICT DO NOTHING (PostgreSQL, and H2 in its
	 * PostgreSQL mode) also makes a concurrent duplicate wait for the first and then do nothing, where a
	 * look-up first would let both insert or fail one transaction.
	 */
	boolean insertIfNew(UUID id, Notice notice, Instant now) {
		return jdbc.sql("""
				INSERT INTO notifications (id, user_id, kind, subject, body, link, dedup_key, created_at)
				VALUES (:id, :user, :kind, :subject, :body, :link, :key, :now)
				ON CONFLICT DO NOTHING""")
			.param("id", id)
			.param("user", notice.recipientUserId())
			.param("kind", notice.kind())
			.param("subject", notice.subject())
			.param("body", notice.body())
			.param("link", notice.link())
			.param("key", notice.dedupKey())
			.param("now", Jdbc.utc(now))
			.update() == 1;
	}

	List<InAppNotification> page(UUID userId, Paging paging) {
		return jdbc.sql("""
				SELECT * FROM notifications WHERE user_id = :user
				ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
			.param("user", userId)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(ROW)
			.list();
	}

	long count(UUID userId) {
		return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE user_id = :user")
			.param("user", userId).query(Long.class).single();
	}

	long unread(UUID userId) {
		return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE user_id = :user AND read_at IS NULL")
			.param("user", userId).query(Long.class).single();
	}

	/** False when the user has no such notification (someone else's included). */
	boolean markRead(UUID userId, UUID id, Instant now) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM notifications WHERE id = :id AND user_id = :user")
			.param("id", id).param("user", userId).query(Long.class).single() == 1;
		jdbc.sql("UPDATE notifications SET read_at = :now WHERE id = :id AND user_id = :user AND read_at IS NULL")
			.param("now", Jdbc.utc(now)).param("id", id).param("user", userId).update();
		return exists;
	}

	int markAllRead(UUID userId, Instant now) {
		return jdbc.sql("UPDATE notifications SET read_at = :now WHERE user_id = :user AND read_at IS NULL")
			.param("now", Jdbc.utc(now)).param("user", userId).update();
	}
}
