package org.pilotage.identity;

import java.util.UUID;

import org.pilotage.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client organization besides Acme, with its own administrator, created through the API by a platform
 * administrator. Names carry a random suffix because the application context, and its data, is shared by
 * every test class on the same database.
 */
record SecondClient(UUID id, String name, UUID adminId, String adminEmail) {

	static final String PASSWORD = "second-client-password";

	static SecondClient create(Api api, String platformAdminToken) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String name = "Globex " + suffix;
		var organization = api.post("/api/v1/organizations", platformAdminToken,
				"{\"name\":\"" + name + "\",\"kind\":\"CLIENT\",\"country\":\"DE\",\"timeZone\":\"Europe/Berlin\"}");
		assertThat(organization.status()).as(organization.toString()).isEqualTo(201);
		UUID id = UUID.fromString(organization.body().get("id").asString());

		String email = "admin-" + suffix + "@globex.test";
		var admin = api.post("/api/v1/users", platformAdminToken, "{\"email\":\"" + email
				+ "\",\"displayName\":\"Globex Admin " + suffix + "\",\"password\":\"" + PASSWORD
				+ "\",\"organizationId\":\"" + id + "\",\"role\":\"CLIENT_ADMIN\"}");
		assertThat(admin.status()).as(admin.toString()).isEqualTo(201);
		return new SecondClient(id, name, UUID.fromString(admin.body().get("id").asString()), email);
	}

	String adminToken(Api api) {
		return api.tokenFor(adminEmail, PASSWORD);
	}
}
