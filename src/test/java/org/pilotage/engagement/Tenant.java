package org.pilotage.engagement;

import java.util.UUID;

import org.pilotage.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization besides the demo's, with one user in one role, created through the API by a platform
 * administrator. Names carry a random suffix because the application context, and its data, is shared by every
 * test class on the same database.
 */
record Tenant(UUID id, String name, UUID userId, String email) {

	static final String PASSWORD = "tenant-user-password";

	static Tenant create(Api api, String platformAdminToken, String kind, String role) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String name = kind.charAt(0) + kind.substring(1).toLowerCase() + " " + suffix;
		var organization = api.post("/api/v1/organizations", platformAdminToken,
				"{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"country\":\"DE\",\"timeZone\":\"Europe/Berlin\"}");
		assertThat(organization.status()).as(organization.toString()).isEqualTo(201);
		UUID id = UUID.fromString(organization.body().get("id").asString());
		String email = role.toLowerCase() + "-" + suffix + "@tenant.test";
		var user = api.post("/api/v1/users", platformAdminToken, "{\"email\":\"" + email + "\",\"displayName\":\"User "
				+ suffix + "\",\"password\":\"" + PASSWORD + "\",\"organizationId\":\"" + id + "\",\"role\":\"" + role
				+ "\"}");
		assertThat(user.status()).as(user.toString()).isEqualTo(201);
		return new Tenant(id, name, UUID.fromString(user.body().get("id").asString()), email);
	}

	/** A user with the AUDITOR role attached to {@code organization}, and its token. */
	static String attachedAuditor(Api api, String platformAdminToken, UUID organization) {
		String email = "auditor-" + UUID.randomUUID().toString().substring(0, 8) + "@tenant.test";
		var user = api.post("/api/v1/users", platformAdminToken,
				"{\"email\":\"" + email + "\",\"displayName\":\"Attached Auditor\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(user.status()).as(user.toString()).isEqualTo(201);
		var attached = api.post("/api/v1/organizations/" + organization + "/members", platformAdminToken,
				"{\"userId\":\"" + user.body().get("id").asString() + "\",\"role\":\"AUDITOR\"}");
		assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
		return api.tokenFor(email, PASSWORD);
	}

	/** A user with the platform-wide AUDITOR role and no attachment, and its token. */
	static String platformAuditor(Api api, String platformAdminToken) {
		String email = "auditor-" + UUID.randomUUID().toString().substring(0, 8) + "@tenant.test";
		var user = api.post("/api/v1/users", platformAdminToken,
				"{\"email\":\"" + email + "\",\"displayName\":\"Platform Auditor\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(user.status()).as(user.toString()).isEqualTo(201);
		var granted = api.post("/api/v1/platform-roles", platformAdminToken,
				"{\"userId\":\"" + user.body().get("id").asString() + "\",\"role\":\"AUDITOR\"}");
		assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
		return api.tokenFor(email, PASSWORD);
	}

	String token(Api api) {
		return api.tokenFor(email, PASSWORD);
	}
}
