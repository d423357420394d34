package org.pilotage.identity;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tenancy tests read straight from identity's tables to check that a refused request wrote nothing,
 * whichever way (API or pages) it came in.
 */
final class IdentityRows {

	private final JdbcClient jdbc;

	IdentityRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID userId(String email) {
		return jdbc.sql("SELECT id FROM users WHERE email = :email").param("email", email).query(UUID.class).single();
	}

	UUID membershipId(UUID user, UUID organization) {
		return jdbc.sql("SELECT id FROM memberships WHERE user_id = :user AND organization_id = :org")
			.param("user", user)
			.param("org", organization)
			.query(UUID.class)
			.single();
	}

	long memberships(UUID user, UUID organization) {
		return jdbc.sql("SELECT COUNT(*) FROM memberships WHERE user_id = :user AND organization_id = :org")
			.param("user", user)
			.param("org", organization)
			.query(Long.class)
			.single();
	}

	boolean membershipExists(UUID membership) {
		return jdbc.sql("SELECT COUNT(*) FROM memberships WHERE id = :id").param("id", membership)
			.query(Long.class).single() == 1;
	}

	long userCount(String email) {
		return jdbc.sql("SELECT COUNT(*) FROM users WHERE email = :email").param("email", email)
			.query(Long.class).single();
	}
}
