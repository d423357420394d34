package org.pilotage.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pilotage.shared.Jdbc;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Memberships {

	private static final RowMapper<Membership> ROW = (rs, n) -> new Membership(Jdbc.uuid(rs, "id"),
			Jdbc.uuid(rs, "user_id"), Jdbc.uuid(rs, "organization_id"), Role.valueOf(rs.getString("role")));

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Membership membership, Instant now) {
		jdbc.sql("""
				INSERT INTO memberships (id, user_id, organization_id, role, created_at)
				VALUES (:id, :user, :org, :role, :now)""")
			.param("id", membership.id())
			.param("user", membership.userId())
			.param("org", membership.organizationId())
			.param("role", membership.role().name())
			.param("now", Jdbc.utc(now))
			.update();
	}

	List<Membership> ofUser(UUID userId) {
		return jdbc.sql("SELECT * FROM memberships WHERE user_id = :user ORDER BY role")
			.param("user", userId)
			.query(ROW)
			.list();
	}

	List<Membership> ofOrganization(UUID organizationId) {
		return jdbc.sql("""
				SELECT m.* FROM memberships m JOIN users u ON u.id = m.user_id
				 WHERE m.organization_id = :org ORDER BY u.email, m.role""")
			.param("org", organizationId)
			.query(ROW)
			.list();
	}

	Optional<Membership> findById(UUID id) {
		return jdbc.sql("SELECT * FROM memberships WHERE id = :id").param("id", id).query(ROW).optional();
	}

	boolean exists(UUID userId, UUID organizationId, Role role) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM memberships WHERE user_id = :user AND role = :role AND organization_id = :org""")
			.param("user", userId)
			.param("org", organizationId)
			.param("role", role.name())
			.query(Long.class)
			.single() > 0;
	}

	boolean existsPlatformWide(UUID userId, Role role) {
		return jdbc.sql("SELECT COUNT(*) FROM memberships WHERE user_id = :user AND role = :role AND organization_id IS NULL")
			.param("user", userId)
			.param("role", role.name())
			.query(Long.class)
			.single() > 0;
	}

	long countByRole(Role role) {
		return jdbc.sql("SELECT COUNT(*) FROM memberships WHERE role = :role")
			.param("role", role.name())
			.query(Long.class)
			.single();
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM memberships WHERE id = :id").param("id", id).update();
	}
}
