package org.pilotage.engagement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents of engagements: metadata in one table, bytes in another that only a download reads. */
@Repository
class DocumentStore {

	private static final RowMapper<EngagementDocument> ROW = (rs, n) -> new EngagementDocument(
			rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
			rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
			Jdbc.requiredInstant(rs, "uploaded_at"));

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID engagementId, EngagementDocument document, @Nullable UUID uploadedById, byte[] content) {
		jdbc.sql("""
				INSERT INTO engagement_documents (id, engagement_id, file_name, content_type, size_bytes, sha256,
				       uploaded_by_id, uploaded_by, uploaded_at)
				VALUES (:id, :engagement, :name, :type, :size, :sha, :byId, :by, :at)""")
			.param("id", document.id())
			.param("engagement", engagementId)
			.param("name", document.fileName())
			.param("type", document.contentType())
			.param("size", document.size())
			.param("sha", document.sha256())
			.param("byId", uploadedById)
			.param("by", document.uploadedBy())
			.param("at", Jdbc.utc(document.uploadedAt()))
			.update();
		jdbc.sql("INSERT INTO engagement_document_contents (document_id, content) VALUES (:id, :content)")
			.param("id", document.id())
			.param("content", content)
			.update();
	}

	List<EngagementDocument> ofEngagement(UUID engagementId) {
		return jdbc.sql("SELECT * FROM engagement_documents WHERE engagement_id = :id ORDER BY uploaded_at, id")
			.param("id", engagementId)
			.query(ROW)
			.list();
	}

	Optional<EngagementDocument> find(UUID engagementId, UUID documentId) {
		return jdbc.sql("SELECT * FROM engagement_documents WHERE id = :id AND engagement_id = :engagement")
			.param("id", documentId)
			.param("engagement", engagementId)
			.query(ROW)
			.optional();
	}

	byte[] content(UUID documentId) {
		return jdbc.sql("SELECT content FROM engagement_document_contents WHERE document_id = :id")
			.param("id", documentId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

	void delete(UUID documentId) {
		jdbc.sql("DELETE FROM engagement_document_contents WHERE document_id = :id").param("id", documentId).update();
		jdbc.sql("DELETE FROM engagement_documents WHERE id = :id").param("id", documentId).update();
	}
}
