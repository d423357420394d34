package org.pilotage.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.pilotage.shared.Jdbc;
import org.pilotage.shared.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations table. Reads take the set of ids the caller may see, or {@code null} for all. */
@Repository
class Organizations {

	private static final RowMapper<Organization> ROW = (rs, n) -> new Organization(Jdbc.uuid(rs, "id"),
			OrganizationKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("country"),
			rs.getString("time_zone"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"),
			rs.getLong("version"));

	private final JdbcClient jdbc;

	Organizations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Organization organization) {
		jdbc.sql("""
				INSERT INTO organizations (id, kind, name, name_key, country, time_zone, created_at, updated_at, version)
				VALUES (:id, :kind, :name, :nameKey, :country, :zone, :created, :updated, :version)""")
			.param("id", organization.id())
			.param("kind", organization.kind().name())
			.param("name", organization.name())
			.param("nameKey", key(organization.name()))
			.param("country", organization.country())
			.param("zone", organization.timeZone())
			.param("created", Jdbc.utc(organization.createdAt()))
			.param("updated", Jdbc.utc(organization.updatedAt()))
			.param("version", organization.version())
			.update();
	}

	/** Updates if the stored version is still {@code expectedVersion}; false means someone changed it first. */
	boolean update(UUID id, long expectedVersion, String name, String country, String timeZone, Instant now) {
		return jdbc.sql("""
				UPDATE organizations SET name = :name, name_key = :nameKey, country = :country, time_zone = :zone,
				       updated_at = :now, version = version + 1
				 WHERE id = :id AND version = :version""")
			.param("name", name)
			.param("nameKey", key(name))
			.param("country", country)
			.param("zone", timeZone)
			.param("now", Jdbc.utc(now))
			.param("id", id)
			.param("version", expectedVersion)
			.update() == 1;
	}

	Optional<Organization> findById(UUID id) {
		return jdbc.sql("SELECT * FROM organizations WHERE id = :id").param("id", id).query(ROW).optional();
	}

	boolean existsByName(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM organizations WHERE name_key = :key")
			.param("key", key(name))
			.query(Long.class)
			.single() > 0;
	}

	List<Organization> findAllById(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM organizations WHERE id IN (:ids) ORDER BY name_key")
			.param("ids", ids)
			.query(ROW)
			.list();
	}

	List<Organization> findAllByKind(Collection<OrganizationKind> kinds) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM organizations WHERE kind IN (:kinds) ORDER BY name_key")
			.param("kinds", kinds.stream().map(OrganizationKind::name).toList())
			.query(ROW)
			.list();
	}

	List<Organization> page(@org.jspecify.annotations.Nullable Collection<UUID> visible, Paging paging) {
		if (visible != null && visible.isEmpty()) {
			return List.of();
		}
		String where = visible == null ? "" : " WHERE id IN (:ids)";
		var spec = jdbc.sql("SELECT * FROM organizations" + where + " ORDER BY name_key LIMIT :limit OFFSET :offset")
			.param("limit", paging.size())
			.param("offset", paging.offset());
		if (visible != null) {
			spec = spec.param("ids", visible);
		}
		return spec.query(ROW).list();
	}

	long count(@org.jspecify.annotations.Nullable Collection<UUID> visible) {
		if (visible != null && visible.isEmpty()) {
			return 0;
		}
		if (visible == null) {
			return jdbc.sql("SELECT COUNT(*) FROM organizations").query(Long.class).single();
		}
		return jdbc.sql("SELECT COUNT(*) FROM organizations WHERE id IN (:ids)")
			.param("ids", visible)
			.query(Long.class)
			.single();
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
