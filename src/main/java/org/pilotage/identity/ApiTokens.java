package org.pilotage.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens. Only a SHA-256 hash of each token is stored; the token itself is shown once. */
@Repository
class ApiTokens {

	record StoredToken(UUID id, UUID userId, String name, String prefix, Instant createdAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {
	}

	private static final RowMapper<StoredToken> ROW = (rs, n) -> new StoredToken(Jdbc.uuid(rs, "id"),
			Jdbc.uuid(rs, "user_id"), rs.getString("name"), rs.getString("token_prefix"),
			Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "last_used_at"), Jdbc.instant(rs, "revoked_at"));

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID userId, String name, String hash, String prefix, Instant now) {
		jdbc.sql("""
				INSERT INTO api_tokens (id, user_id, name, token_hash, token_prefix, created_at)
				VALUES (:id, :user, :name, :hash, :prefix, :now)""")
			.param("id", id)
			.param("user", userId)
			.param("name", name)
			.param("hash", hash)
			.param("prefix", prefix)
			.param("now", Jdbc.utc(now))
			.update();
	}

	Optional<StoredToken> findActiveByHash(String hash) {
		return jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash)
			.query(ROW)
			.optional();
	}

	List<StoredToken> ofUser(UUID userId) {
		return jdbc.sql("SELECT * FROM api_tokens WHERE user_id = :user ORDER BY created_at DESC")
			.param("user", userId)
			.query(ROW)
			.list();
	}

	/** Marks the token used, at most once a minute, so that API calls do not write on every request. */
	void touch(UUID id, Instant now) {
		jdbc.sql("""
				UPDATE api_tokens SET last_used_at = :now
				 WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :minuteAgo)""")
			.param("now", Jdbc.utc(now))
			.param("minuteAgo", Jdbc.utc(now.minusSeconds(60)))
			.param("id", id)
			.update();
	}

	/** Revokes a token of this user; false when there is no such active token. */
	boolean revoke(UUID id, UUID userId, Instant now) {
		return jdbc.sql("UPDATE api_tokens SET revoked_at = :now WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
			.param("now", Jdbc.utc(now))
			.param("id", id)
			.param("user", userId)
			.update() == 1;
	}
}
