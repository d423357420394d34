package org.pilotage.work;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attachments of work items: metadata in {@code work_attachments}, the bytes in {@code work_attachment_contents},
 * which only a download reads. Reads that may reach a client take {@code withInternal}, as comments do.
 */
@Repository
class AttachmentStore {

	record Attachment(UUID id, UUID itemId, String fileName, String contentType, long size, String sha256,
			Visibility visibility, UUID uploaderId, String uploaderLabel, Instant at) {
	}

	private static final RowMapper<Attachment> ROW = (rs, n) -> new Attachment(rs.getObject("id", UUID.class),
			rs.getObject("item_id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
			rs.getLong("size_bytes"), rs.getString("sha256"), Visibility.valueOf(rs.getString("visibility")),
			rs.getObject("uploader_id", UUID.class), rs.getString("uploader_label"),
			Jdbc.requiredInstant(rs, "uploaded_at"));

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Attachment attachment, byte[] content) {
		jdbc.sql("""
				INSERT INTO work_attachments (id, item_id, file_name, content_type, size_bytes, sha256, visibility,
				       uploader_id, uploader_label, uploaded_at)
				VALUES (:id, :item, :name, :type, :size, :sha, :visibility, :uploader, :label, :at)""")
			.param("id", attachment.id())
			.param("item", attachment.itemId())
			.param("name", attachment.fileName())
			.param("type", attachment.contentType())
			.param("size", attachment.size())
			.param("sha", attachment.sha256())
			.param("visibility", attachment.visibility().name())
			.param("uploader", attachment.uploaderId())
			.param("label", attachment.uploaderLabel())
			.param("at", Jdbc.utc(attachment.at()))
			.update();
		jdbc.sql("INSERT INTO work_attachment_contents (attachment_id, content) VALUES (:id, :content)")
			.param("id", attachment.id())
			.param("content", content)
			.update();
	}

	List<Attachment> ofItem(UUID itemId, boolean withInternal) {
		return jdbc.sql("SELECT * FROM work_attachments WHERE item_id = :item"
				+ (withInternal ? "" : " AND visibility = 'CLIENT'") + " ORDER BY uploaded_at, id")
			.param("item", itemId)
			.query(ROW)
			.list();
	}

	/** The attachment if it belongs to the item and the reader may see it. */
	Optional<Attachment> find(UUID itemId, UUID attachmentId, boolean withInternal) {
		return jdbc.sql("SELECT * FROM work_attachments WHERE id = :id AND item_id = :item"
				+ (withInternal ? "" : " AND visibility = 'CLIENT'"))
			.param("id", attachmentId)
			.param("item", itemId)
			.query(ROW)
			.optional();
	}

	byte[] content(UUID attachmentId) {
		return jdbc.sql("SELECT content FROM work_attachment_contents WHERE attachment_id = :id")
			.param("id", attachmentId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	void delete(UUID attachmentId) {
		jdbc.sql("DELETE FROM work_attachment_contents WHERE attachment_id = :id").param("id", attachmentId).update();
		jdbc.sql("DELETE FROM work_attachments WHERE id = :id").param("id", attachmentId).update();
	}
}
