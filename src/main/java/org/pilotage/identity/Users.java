package org.pilotage.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table. E-mail addresses are stored lower-cased, so look-ups ignore case. */
@Repository
class Users {

	private static final RowMapper<UserAccount> ROW = (rs, n) -> new UserAccount(Jdbc.uuid(rs, "id"),
			rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
			rs.getString("locale"), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
			Jdbc.instant(rs, "locked_until"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"),
			rs.getLong("version"));

	/** Users visible to a scope: members of one of the organizations, or everybody when null. */
	private static final String VISIBLE = """
			FROM users u WHERE (:all = TRUE OR u.id IN (
			    SELECT m.user_id FROM memberships m WHERE m.organization_id IN (:orgs)))""";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UserAccount user) {
		jdbc.sql("""
				INSERT INTO users (id, email, display_name, password_hash, locale, enabled, failed_logins,
				                   locked_until, created_at, updated_at, version)
				VALUES (:id, :email, :name, :hash, :locale, :enabled, 0, NULL, :created, :updated, 0)""")
			.param("id", user.id())
			.param("email", normalize(user.email()))
			.param("name", user.displayName())
			.param("hash", user.passwordHash())
			.param("locale", user.locale())
			.param("enabled", user.enabled())
			.param("created", Jdbc.utc(user.createdAt()))
			.param("updated", Jdbc.utc(user.updatedAt()))
			.update();
	}

	Optional<UserAccount> findById(UUID id) {
		return jdbc.sql("SELECT * FROM users WHERE id = :id").param("id", id).query(ROW).optional();
	}

	Optional<UserAccount> findByEmail(String email) {
		return jdbc.sql("SELECT * FROM users WHERE email = :email").param("email", normalize(email)).query(ROW).optional();
	}

	boolean update(UUID id, long expectedVersion, String displayName, @Nullable String locale, boolean enabled,
			Instant now) {
		return jdbc.sql("""
				UPDATE users SET display_name = :name, locale = :locale, enabled = :enabled, updated_at = :now,
				       version = version + 1
				 WHERE id = :id AND version = :version""")
			.param("name", displayName)
			.param("locale", locale)
			.param("enabled", enabled)
			.param("now", Jdbc.utc(now))
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	void changePassword(UUID id, String hash, Instant now) {
		jdbc.sql("UPDATE users SET password_hash = :hash, updated_at = :now, version = version + 1 WHERE id = :id")
			.param("hash", hash)
			.param("now", Jdbc.utc(now))
			.param("id", id)
			.update();
	}

	/** Counts a failed login atomically and returns the new count. */
	int recordFailedLogin(UUID id) {
		jdbc.sql("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = :id").param("id", id).update();
		return jdbc.sql("SELECT failed_logins FROM users WHERE id = :id").param("id", id).query(Integer.class).single();
	}

	void lockUntil(UUID id, Instant until) {
		jdbc.sql("UPDATE users SET locked_until = :until, failed_logins = 0 WHERE id = :id")
			.param("until", Jdbc.utc(until))
			.param("id", id)
			.update();
	}

	void resetFailedLogins(UUID id) {
		jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :id AND (failed_logins > 0 OR locked_until IS NOT NULL)")
			.param("id", id)
			.update();
	}

	List<UserAccount> page(@Nullable Collection<UUID> organizations, Paging paging) {
		if (organizations != null && organizations.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT u.* " + VISIBLE + " ORDER BY u.email LIMIT :limit OFFSET :offset")
			.param("all", organizations == null)
			.param("orgs", organizations == null ? List.of(new UUID(0, 0)) : organizations)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query(ROW)
			.list();
	}

	long count(@Nullable Collection<UUID> organizations) {
		if (organizations != null && organizations.isEmpty()) {
			return 0;
		}
		return jdbc.sql("SELECT COUNT(*) " + VISIBLE)
			.param("all", organizations == null)
			.param("orgs", organizations == null ? List.of(new UUID(0, 0)) : organizations)
			.query(Long.class)
			.single();
	}

	boolean isVisible(UUID userId, @Nullable Collection<UUID> organizations) {
		if (organizations == null) {
			return true;
		}
		if (organizations.isEmpty()) {
			return false;
		}
		return jdbc.sql("SELECT COUNT(*) FROM memberships WHERE user_id = :user AND organization_id IN (:orgs)")
			.param("user", userId)
			.param("orgs", organizations)
			.query(Long.class)
			.single() > 0;
	}

	long countAll() {
		return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}
}
