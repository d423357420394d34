package org.pilotage.notification;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The e-mails still to send and what happened to them. Rows are claimed with a lease rather than held under
 * a row lock while the SMTP server answers: a claim is one conditional UPDATE that at most one dispatcher wins
 * per row (both databases re-check the WHERE clause on the row they locked), and a claim whose dispatcher
 * died simply expires.
 */
@Repository
class MailOutbox {

	enum Status { PENDING, SENT, FAILED }

	/** A row as the dispatcher sends it. */
	record OutgoingMail(UUID id, String recipient, String subject, String body, int attempts,
			Notice.@Nullable Attachment attachment) {
	}

	/** A row as a platform admin inspects it. */
	record Entry(UUID id, UUID notificationId, String recipient, String subject, Status status, int attempts,
			Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant sentAt, Instant createdAt) {
	}

	private static final String DUE = "status = 'PENDING' AND next_attempt_at <= :now "
			+ "AND (claimed_until IS NULL OR claimed_until < :now)";

	private static final RowMapper<Entry> ENTRY = (rs, n) -> new Entry(Jdbc.uuid(rs, "id"),
			Jdbc.uuid(rs, "notification_id"), rs.getString("recipient"), rs.getString("subject"),
			Status.valueOf(rs.getString("status")), rs.getInt("attempts"), Jdbc.requiredInstant(rs, "next_attempt_at"),
			rs.getString("last_error"), Jdbc.instant(rs, "sent_at"), Jdbc.requiredInstant(rs, "created_at"));

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enqueue(UUID notificationId, String recipient, String subject, String body,
			Notice.@Nullable Attachment attachment, Instant now) {
		jdbc.sql("""
				INSERT INTO mail_outbox (id, notification_id, recipient, subject, body, status, attempts,
				                         next_attempt_at, created_at, attachment_name, attachment_type, attachment)
				VALUES (:id, :notification, :recipient, :subject, :body, 'PENDING', 0, :now, :now,
				        :attachmentName, :attachmentType, :attachment)""")
			.param("id", UUID.randomUUID())
			.param("notification", notificationId)
			.param("recipient", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("now", Jdbc.utc(now))
			.param("attachmentName", attachment == null ? null : attachment.name())
			.param("attachmentType", attachment == null ? null : attachment.contentType())
			.param("attachment", attachment == null ? null : attachment.content())
			.update();
	}

	/** Claims up to {@code limit} due rows for {@code token} until {@code until}, oldest first. */
	List<OutgoingMail> claim(UUID token, Instant now, Instant until, int limit) {
		jdbc.sql("UPDATE mail_outbox SET claim_token = :token, claimed_until = :until WHERE " + DUE
				+ " AND id IN (SELECT id FROM mail_outbox WHERE " + DUE + " ORDER BY next_attempt_at LIMIT :limit)")
			.param("token", token)
			.param("until", Jdbc.utc(until))
			.param("now", Jdbc.utc(now))
			.param("limit", limit)
			.update();
		return jdbc.sql("""
				SELECT id, recipient, subject, body, attempts, attachment_name, attachment_type, attachment
				FROM mail_outbox WHERE claim_token = :token AND status = 'PENDING' ORDER BY next_attempt_at""")
			.param("token", token)
			.query((rs, n) -> new OutgoingMail(Jdbc.uuid(rs, "id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts"), rs.getString("attachment_name") == null ? null
							: new Notice.Attachment(rs.getString("attachment_name"), rs.getString("attachment_type"),
									rs.getBytes("attachment"))))
			.list();
	}

	void markSent(UUID id, UUID token, Instant now) {
		release(id, token, "status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL", now, null);
	}

	void markRetry(UUID id, UUID token, Instant next, String error) {
		release(id, token, "attempts = attempts + 1, next_attempt_at = :now, last_error = :error", next, error);
	}

	void markFailed(UUID id, UUID token, Instant now, String error) {
		release(id, token, "status = 'FAILED', attempts = attempts + 1, next_attempt_at = :now, last_error = :error",
				now, error);
	}

	private void release(UUID id, UUID token, String changes, Instant at, @Nullable String error) {
		jdbc.sql("UPDATE mail_outbox SET " + changes + ", claim_token = NULL, claimed_until = NULL "
				+ "WHERE id = :id AND claim_token = :token")
			.param("id", id)
			.param("token", token)
			.param("now", Jdbc.utc(at))
			.param("error", error == null ? null : abbreviate(error))
			.update();
	}

	Map<Status, Long> counts() {
		Map<Status, Long> counts = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status")
			.query(rs -> {
				counts.put(Status.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		return counts;
	}

	List<Entry> page(Status status, Paging paging) {
		return jdbc.sql("""
				SELECT * FROM mail_outbox WHERE status = :status
				ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
			.param("status", status.name())
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(ENTRY)
			.list();
	}

	private static String abbreviate(String error) {
		return error.length() <= 1000 ? error : error.substring(0, 997) + "...";
	}
}
